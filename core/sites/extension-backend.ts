import { browser } from '#imports';
import { watchPolicy } from '../storage/policy-item';
import { loadSiteState } from './load-sites';
import type { SitesBackend } from './sites-model';
import { loadUserSites, userSitesItem } from './user-sites-item';

/** The sites section's backend in the extension: managed and local storage, and host permissions. */
export const extensionSitesBackend: SitesBackend = {
  load: loadSiteState,
  allowed: (patterns) => Promise.all(patterns.map((pattern) => browser.permissions.contains({ origins: [pattern] }))),
  requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
  async releasePermission(pattern) {
    // The site is gone from the list either way; the background unregisters it when storage changes.
    await browser.permissions.remove({ origins: [pattern] }).catch((error: unknown) => console.warn(`Coplan could not give up the permission for ${pattern}`, error));
  },
  async addUserSite(pattern) {
    await userSitesItem.setValue([...(await loadUserSites()), pattern]);
  },
  async removeUserSite(pattern) {
    await userSitesItem.setValue((await loadUserSites()).filter((p) => p !== pattern));
  },
  watch(onChange) {
    const stops = [userSitesItem.watch(onChange), watchPolicy(onChange)];
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      stops.forEach((stop) => stop());
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  },
};
