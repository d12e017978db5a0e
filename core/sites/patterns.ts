import { z } from 'zod/mini';

/**
 * Match patterns decide which EHR sites Coplan runs on. They come from the build (COPLAN_SITES),
 * from enterprise policy and from the options page, so one parser checks them all.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
const PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(:\d+)?\/.*$/;

export type SiteParse = { ok: true; pattern: string } | { ok: false; input: string; reason: string };

/** This computer: plain http:// is allowed here only, for tests and development (issue 17). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/**
 * Checks one match pattern's form: ports are not part of Chromium's host matching, so they are
 * refused; so are every site and plain http:// anywhere but this computer (issue 17). Whether a
 * wildcard spans more than one organisation's domain is checked where a site is admitted
 * (core/sites/admit.ts), which needs the public suffix list.
 */
export function parseSitePattern(input: string): SiteParse {
  const pattern = input.trim();
  if (!pattern) return { ok: false, input, reason: 'is empty' };
  const everySite = 'would run Coplan on every site; name the EHR sites instead';
  if (pattern === '<all_urls>') return { ok: false, input, reason: everySite };
  const match = PATTERN.exec(pattern);
  if (!match) return { ok: false, input, reason: 'is not a match pattern such as https://ehr.example.nhs.uk/*' };
  const [, scheme, host = ''] = match;
  if (match[3]) return { ok: false, input, reason: 'has a port; match patterns cover every port of a host, so leave it out' };
  if (host === '*') return { ok: false, input, reason: everySite };
  if (scheme !== 'https' && !LOOPBACK.has(host)) {
    return { ok: false, input, reason: 'is not https://; Coplan runs only on sites the browser reaches securely (plain http:// only on this computer, 127.0.0.1 or localhost)' };
  }
  return { ok: true, pattern };
}

/** A match pattern in stored or policy data, trimmed; the parser's reason is the error message. */
export const SitePatternSchema = z.pipe(
  z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'is not text') }),
  z.transform((value: string, ctx) => {
    const parsed = parseSitePattern(value);
    if (parsed.ok) return parsed.pattern;
    ctx.issues.push({ code: 'custom', message: parsed.reason, input: value });
    return z.NEVER;
  }),
);

/** `*.example.org` covers example.org, its subdomains, and narrower wildcards such as `*.a.example.org`. */
const covers = (wild: string, host: string) => wild.startsWith('*.') && (host === wild.slice(2) || host.endsWith(wild.slice(1)));
const hostsMeet = (a: string, b: string) => a === '*' || b === '*' || a === b || covers(a, b) || covers(b, a);

/**
 * Whether two valid patterns can match the same origin. Host permissions ignore paths, so Chrome
 * treats `http://127.0.0.1/sites-test/*` as part of a build's `http://127.0.0.1/*`.
 */
export function sameOrigins(a: string, b: string): boolean {
  const [, schemeA = '', hostA = ''] = PATTERN.exec(a) ?? [];
  const [, schemeB = '', hostB = ''] = PATTERN.exec(b) ?? [];
  const schemesMeet = schemeA === schemeB || schemeA === '*' || schemeB === '*';
  return !!hostA && !!hostB && schemesMeet && hostsMeet(hostA, hostB);
}
