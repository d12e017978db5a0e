import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSites, syncSiteScripts } from '../../entrypoints/background/sites';
import { userSitesItem } from '../../core/sites/user-sites-item';
import { clearTrustedStore } from '../../core/storage/trusted-store';
import { fakeSiteBrowser } from '../fixtures/policy/fake-site-browser';

const RIO = 'https://rio.example.nhs.uk/*';
const EHR = 'https://*.ehr.example.nhs.uk/*';
const MINE = 'https://records.example.org/*';

describe('content script registration for policy and added sites', () => {
  beforeEach(() => clearTrustedStore());
  afterEach(() => vi.restoreAllMocks());

  it('registers the content script for the sites policy sets, in all frames, surviving restarts', async () => {
    const browser = fakeSiteBrowser({ granted: [RIO, EHR] });
    await fakeBrowser.storage.managed.set({ sites: [RIO, EHR] });
    await syncSiteScripts();
    expect(browser.registered).toEqual([
      { id: `coplan-site:${RIO}`, matches: [RIO], excludeMatches: [], js: ['content-scripts/ehr.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
      { id: `coplan-site:${EHR}`, matches: [EHR], excludeMatches: [RIO], js: ['content-scripts/ehr.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  });

  it('registers only the sites Coplan holds the host permission for', async () => {
    const browser = fakeSiteBrowser({ granted: [RIO] });
    await fakeBrowser.storage.managed.set({ sites: [RIO, EHR] });
    await syncSiteScripts();
    expect(browser.patterns()).toEqual([RIO]);
  });

  it('leaves build-time sites to the manifest, and keeps other copies off their pages', async () => {
    const browser = fakeSiteBrowser({ builtIn: [RIO], granted: [MINE] });
    await fakeBrowser.storage.managed.set({ sites: [RIO], allowUserSites: true });
    await userSitesItem.setValue([MINE]);
    await syncSiteScripts();
    expect(browser.registered.map((s) => [s.matches, s.excludeMatches])).toEqual([[[MINE], [RIO]]]);
  });

  it('ignores invalid policy entries with a warning and registers the rest', async () => {
    const browser = fakeSiteBrowser({ granted: [RIO] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.managed.set({ sites: ['<all_urls>', RIO, 7] });
    await syncSiteScripts();
    expect(browser.patterns()).toEqual([RIO]);
    expect(warn.mock.calls.map(([m]) => String(m))).toEqual([
      expect.stringContaining('sites[0] "<all_urls>"'),
      expect.stringContaining('sites[2] 7'),
    ]);
  });

  it('leaves out sites the user added unless policy allows them', async () => {
    const browser = fakeSiteBrowser({ granted: [RIO, MINE] });
    await userSitesItem.setValue([MINE]);
    await fakeBrowser.storage.managed.set({ sites: [RIO] });
    await syncSiteScripts();
    expect(browser.patterns()).toEqual([RIO]);
  });

  it('unregisters a removed site and leaves current registrations untouched', async () => {
    const browser = fakeSiteBrowser({ granted: [RIO, MINE] });
    await fakeBrowser.storage.managed.set({ allowUserSites: true });
    await userSitesItem.setValue([RIO, MINE]);
    await syncSiteScripts();
    browser.register.mockClear();
    await userSitesItem.setValue([RIO]);
    await syncSiteScripts();
    expect(browser.patterns()).toEqual([RIO]);
    expect(browser.unregister).toHaveBeenLastCalledWith({ ids: [`coplan-site:${MINE}`] });
    expect(browser.register).not.toHaveBeenCalled();
  });

  it('re-syncs on install, on start-up, and when policy, added sites or permissions change', async () => {
    const browser = fakeSiteBrowser({ granted: [RIO, MINE, EHR] });
    await fakeBrowser.storage.managed.set({ allowUserSites: true });
    await userSitesItem.setValue([MINE]);
    registerSites();
    const settled = async (patterns: string[]) => vi.waitFor(() => expect(browser.patterns()).toEqual(patterns));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await settled([MINE]);
    await fakeBrowser.storage.managed.set({ sites: [RIO], allowUserSites: true });
    await settled([RIO, MINE]);
    await userSitesItem.setValue([MINE, EHR]);
    await settled([RIO, MINE, EHR]);
    await fakeBrowser.permissions.remove({ origins: [MINE, EHR] });
    await settled([RIO]);
    browser.registered.length = 0;
    await fakeBrowser.runtime.onStartup.trigger();
    await settled([RIO]);
  });
});
