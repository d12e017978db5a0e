/**
 * The content script registrations that sites from policy and the options page need, and the
 * changes that bring the browser's registrations to them. Plain data, so it is tested without a
 * browser; entrypoints/background/sites.ts applies the plan.
 */

/** The fields of `scripting.RegisteredContentScript` that Coplan sets. */
export interface SiteScript {
  id: string;
  matches: string[];
  excludeMatches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** Ids of Coplan's site registrations start with this, so other registrations are left alone. */
export const SITE_SCRIPT_PREFIX = 'coplan-site:';
/** Where WXT writes the ehr.content entrypoint in every build (checked by tests/e2e/sites.e2e.ts). */
export const EHR_SCRIPT = 'content-scripts/ehr.js';

/**
 * One registration per pattern, so a site is added or removed without touching the others.
 * Each excludes the build's patterns and those listed before it, so a page two patterns match
 * runs one copy of the content script. (A second copy would mount, then tear down the first when
 * WXT's context sees a newer script start: double the work and a flicker on the EHR page.)
 */
export function siteScripts(patterns: string[], builtIn: string[]): SiteScript[] {
  return patterns.map((pattern, i) => ({
    id: SITE_SCRIPT_PREFIX + pattern,
    matches: [pattern],
    excludeMatches: [...builtIn, ...patterns.slice(0, i)],
    js: [EHR_SCRIPT],
    allFrames: true,
    runAt: 'document_idle',
    // Registrations survive a browser restart and an extension update (issue 6).
    persistAcrossSessions: true,
  }));
}

/** What the browser reports back; optional fields may be left out when empty. */
export type RegisteredScript = Pick<SiteScript, 'id'> & Partial<Omit<SiteScript, 'id'>>;

const same = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((x, i) => x === b[i]);

function isCurrent(have: RegisteredScript, want: SiteScript): boolean {
  return (
    same(have.matches, want.matches) &&
    same(have.excludeMatches, want.excludeMatches) &&
    same(have.js, want.js) &&
    have.allFrames === want.allFrames &&
    have.runAt === want.runAt &&
    have.persistAcrossSessions !== false
  );
}

/** Registrations to drop (gone or out of date) and to add, leaving current ones untouched. */
export function planRegistrations(wanted: SiteScript[], registered: RegisteredScript[]): { unregister: string[]; register: SiteScript[] } {
  const ours = registered.filter((s) => s.id.startsWith(SITE_SCRIPT_PREFIX));
  const kept = new Set(ours.filter((have) => wanted.some((want) => want.id === have.id && isCurrent(have, want))).map((s) => s.id));
  return {
    unregister: ours.filter((s) => !kept.has(s.id)).map((s) => s.id),
    register: wanted.filter((s) => !kept.has(s.id)),
  };
}
