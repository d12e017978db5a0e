import { browser } from '#imports';
import { loadPolicy } from '../storage/policy-item';
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

/** Reads all three sources. When policy forbids sites of their own, the user's are left out, not deleted. */
export async function loadSiteState(): Promise<SiteState> {
  const [policy, user] = await Promise.all([loadPolicy(), loadUserSites()]);
  return { builtIn: builtInSites(), policy: policy.sites, user: policy.allowUserSites ? user : [], allowUserSites: policy.allowUserSites };
}
