/**
 * Match patterns decide which EHR sites Coplan runs on. They come from the build (COPLAN_SITES),
 * and later from policy and the options page, so one parser checks them all.
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

/** Parses a comma-separated list, throwing one message that names every bad entry. */
export function parseSiteList(list: string | undefined): string[] {
  const entries = (list ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const parsed = entries.map(parseSitePattern);
  const bad = parsed.filter((p): p is Extract<SiteParse, { ok: false }> => !p.ok);
  if (bad.length) throw new Error(bad.map((b) => `"${b.input}" ${b.reason}`).join('; '));
  return [...new Set(parsed.map((p) => (p as Extract<SiteParse, { ok: true }>).pattern))];
}
