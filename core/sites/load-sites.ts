import { browser } from '#imports';
import { loadPolicy } from '../storage/policy-item';
import { admitSitePattern } from './admit';
import type { SiteLists } from './sources';
import { loadUserSites } from './user-sites-item';

/** Each source's sites, and whether policy lets clinicians add their own. */
export interface SiteState extends SiteLists {
  allowUserSites: boolean;
}

/** The build's sites are the manifest content script's matches (wxt.config.ts sets them from COPLAN_SITES). */
export function builtInSites(): string[] {
  return [...new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []))];
}

/**
 * Only sites that mean one EHR take effect: a policy or stored pattern whose wildcard spans more
 * than one registrable domain (say `*.nhs.uk`, stored before Coplan refused it) is left out with a
 * warning that names it and says why.
 */
function admitted(patterns: string[], from: string): string[] {
  return patterns.filter((pattern) => {
    const parsed = admitSitePattern(pattern);
    if (!parsed.ok) console.warn(`Coplan ignored the site ${JSON.stringify(pattern)} from ${from}: it ${parsed.reason}`);
    return parsed.ok;
  });
}

/** Reads all three sources. When policy forbids sites of their own, the user's are left out, not deleted. */
export async function loadSiteState(): Promise<SiteState> {
  const builtIn = builtInSites();
  const [policy, user] = await Promise.all([loadPolicy(), loadUserSites()]);
  return {
    builtIn,
    policy: admitted(policy.sites, 'policy'),
    user: policy.allowUserSites ? admitted(user, 'the options page') : [],
    allowUserSites: policy.allowUserSites,
  };
}
