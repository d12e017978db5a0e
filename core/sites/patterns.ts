import { z } from 'zod/mini';

/**
 * Match patterns decide which EHR sites Coplan runs on. They come from the build (COPLAN_SITES),
 * from enterprise policy and from the options page, so one parser checks them all.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
const PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(:\d+)?\/.*$/;

export type SiteParse = { ok: true; pattern: string } | { ok: false; input: string; reason: string };

/** Checks one match pattern; ports are not part of Chromium's host matching, so they are refused. */
export function parseSitePattern(input: string): SiteParse {
  const pattern = input.trim();
  if (!pattern) return { ok: false, input, reason: 'is empty' };
  if (pattern === '<all_urls>') return { ok: false, input, reason: 'would run Coplan on every site; name the EHR sites instead' };
  const match = PATTERN.exec(pattern);
  if (!match) return { ok: false, input, reason: 'is not a match pattern such as https://ehr.example.nhs.uk/*' };
  if (match[3]) return { ok: false, input, reason: 'has a port; match patterns cover every port of a host, so leave it out' };
  return { ok: true, pattern };
}

/**
 * What an administrator types into "Add site": a match pattern, or an address copied from the
 * address bar, which stands for its whole site (https://ehr.example.nhs.uk/path → https://ehr.example.nhs.uk/*).
 */
export function parseSiteInput(input: string): SiteParse {
  const text = input.trim();
  if (/^https?:\/\/[^*]*$/i.test(text) && URL.canParse(text)) {
    const url = new URL(text);
    const parsed = parseSitePattern(`${url.protocol}//${url.hostname}/*`);
    return parsed.ok ? parsed : { ...parsed, input };
  }
  return parseSitePattern(input);
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

/** Parses a comma-separated list, throwing one message that names every bad entry. */
export function parseSiteList(list: string | undefined): string[] {
  const entries = (list ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const parsed = entries.map(parseSitePattern);
  const bad = parsed.filter((p): p is Extract<SiteParse, { ok: false }> => !p.ok);
  if (bad.length) throw new Error(bad.map((b) => `"${b.input}" ${b.reason}`).join('; '));
  return [...new Set(parsed.map((p) => (p as Extract<SiteParse, { ok: true }>).pattern))];
}
