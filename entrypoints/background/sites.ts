import { browser } from '#imports';
import { loadSiteState } from '../../core/sites/load-sites';
import { planRegistrations, siteScripts, type RegisteredScript } from '../../core/sites/registrations';
import { listSites } from '../../core/sites/sources';
import { userSitesItem } from '../../core/sites/user-sites-item';
import { watchPolicy } from '../../core/storage/policy-item';
import { copyPolicy } from '../../core/storage/policy-copy-item';

/**
 * Brings the content script registrations to the sites from policy and the options page that
 * Coplan holds host permission for. Build-time sites are in the manifest already.
 */
export async function syncSiteScripts(): Promise<void> {
  const state = await loadSiteState();
  const runtime = listSites(state).filter((site) => site.source !== 'built-in').map((site) => site.pattern);
  // A registration without the host permission would never run; the options page offers to allow it.
  const allowed = await Promise.all(runtime.map((pattern) => browser.permissions.contains({ origins: [pattern] })));
  const wanted = siteScripts(runtime.filter((_, i) => allowed[i]), state.builtIn);
  const registered = (await browser.scripting.getRegisteredContentScripts()) as RegisteredScript[];
  const plan = planRegistrations(wanted, registered);
  if (plan.unregister.length) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length) await browser.scripting.registerContentScripts(plan.register);
}

// One sync at a time: two overlapping ones would both register the same ids, and the second fails.
let queue = Promise.resolve();
function resync(): Promise<void> {
  queue = queue.then(syncSiteScripts).catch((error: unknown) => console.warn('Coplan could not update the sites it runs on', error));
  return queue;
}

/** Re-syncs on install, update and browser start, and whenever a source or a permission changes. */
export function registerSites(): void {
  const copyRules = () => void copyPolicy().catch((error: unknown) => console.warn('Coplan could not read policy rules', error));
  copyRules();
  browser.runtime.onInstalled.addListener(() => void resync());
  browser.runtime.onStartup.addListener(() => void resync());
  watchPolicy(copyRules);
  browser.permissions.onAdded.addListener(() => void resync());
  browser.permissions.onRemoved.addListener(() => void resync());
  userSitesItem.watch(() => void resync());
  watchPolicy(() => void resync());
}
