import { parse } from 'tldts';
import { parseSitePattern, type SiteParse } from './patterns';

/**
 * Admits a site Coplan is to run on: a well-formed pattern (patterns.ts) whose host wildcard stays
 * inside one registrable domain. `*.nhs.uk` or `*.uk` would switch Coplan on across every trust and
 * company under them (issue 17), so the public suffix list decides, not a list of our own. Kept
 * apart from patterns.ts so the list (about 40 KB gzipped) stays out of the content script.
 */
export function admitSitePattern(input: string): SiteParse {
  const parsed = parseSitePattern(input);
  if (!parsed.ok) return parsed;
  const host = /^[^:]+:\/\/([^/]+)\//.exec(parsed.pattern)?.[1] ?? '';
  if (!host.startsWith('*.')) return parsed;
  const base = host.slice(2);
  // Private suffixes count too: *.github.io spans as many owners as *.co.uk does.
  const { domain, isIp } = parse(base, { allowPrivateDomains: true });
  if (!isIp && domain) return parsed;
  return {
    ok: false,
    input,
    reason: `spans more than one organisation's sites (${base} is shared by many domains); name the EHR's own domain instead, such as https://*.ehr.example.nhs.uk/*`,
  };
}

/**
 * What an administrator types into "Add site": a match pattern, or an address copied from the
 * address bar, which stands for its whole site (https://ehr.example.nhs.uk/path → https://ehr.example.nhs.uk/*).
 */
export function parseSiteInput(input: string): SiteParse {
  const text = input.trim();
  if (/^https?:\/\/[^*]*$/i.test(text) && URL.canParse(text)) {
    const url = new URL(text);
    const parsed = admitSitePattern(`${url.protocol}//${url.hostname}/*`);
    return parsed.ok ? parsed : { ...parsed, input };
  }
  return admitSitePattern(input);
}

/**
 * A bare host name typed without its scheme ("rio.example.nhs.uk", perhaps with a path) as the
 * https:// site it most likely means, for the person to confirm before it is added (issue 18);
 * undefined for anything else.
 */
export function siteForBareHost(input: string): string | undefined {
  const host = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:\/\S*)?$/i.exec(input.trim())?.[1];
  if (!host) return undefined;
  const parsed = admitSitePattern(`https://${host.toLowerCase()}/*`);
  return parsed.ok ? parsed.pattern : undefined;
}

/** Parses a comma-separated list (the build's COPLAN_SITES), throwing one message that names every bad entry. */
export function parseSiteList(list: string | undefined): string[] {
  const entries = (list ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const parsed = entries.map(admitSitePattern);
  const bad = parsed.filter((p): p is Extract<SiteParse, { ok: false }> => !p.ok);
  if (bad.length) throw new Error(bad.map((b) => `"${b.input}" ${b.reason}`).join('; '));
  return [...new Set(parsed.map((p) => (p as Extract<SiteParse, { ok: true }>).pattern))];
}
