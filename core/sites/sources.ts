import { sameOrigins } from './patterns';

/**
 * The one list of sites Coplan runs on, from its three sources (issue 6). A pattern named by
 * more than one source is listed once, under the strongest: what the build or trust IT set cannot
 * be removed from the options page.
 */
export type SiteSource = 'built-in' | 'policy' | 'user';

/** A site as the options page lists it. */
export interface Site {
  pattern: string;
  source: SiteSource;
}

/** Each source's patterns, as read from the manifest, managed storage and local storage. */
export interface SiteLists {
  builtIn: string[];
  policy: string[];
  user: string[];
}

/** Sites in order of strength: built in, then policy, then the user's, each pattern once. */
export function listSites({ builtIn, policy, user }: SiteLists): Site[] {
  const seen = new Set<string>();
  const take = (patterns: string[], source: SiteSource) =>
    patterns.filter((p) => !seen.has(p) && seen.add(p)).map((pattern) => ({ pattern, source }));
  return [...take(builtIn, 'built-in'), ...take(policy, 'policy'), ...take(user, 'user')];
}

/**
 * A host permission stays while policy still names its pattern, or while it touches the build's
 * sites: those permissions are required, and Chrome refuses to remove any part of them.
 */
export function keepsPermission(pattern: string, lists: Pick<SiteLists, 'builtIn' | 'policy'>): boolean {
  return lists.policy.includes(pattern) || lists.builtIn.some((site) => sameOrigins(site, pattern));
}
