import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Each test loads the modules afresh on an empty database, as a browser does after an update.
async function fresh() {
  vi.resetModules();
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase('coplan-trusted');
    request.onsuccess = request.onerror = request.onblocked = done;
  });
  const [settings, sites, policy] = await Promise.all([
    import('../../core/storage/settings-item'),
    import('../../core/sites/user-sites-item'),
    import('../../core/storage/policy-copy-item'),
  ]);
  return { ...settings, ...sites, ...policy };
}

const OLD_LOCAL = {
  settings: { retentionHours: 8, clinicianId: 'c-17', teamId: 'team-a' },
  userSites: ['https://records.example.org/*'],
  'userSites$': { v: 1 },
  policyCopy: { personContext: [] },
  fieldMemory: { 'https://records.example.org': { label: 'Care plan' } },
  placement: { side: 'left', width: 420 },
};

describe('the trusted store (H-33)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves settings and sites out of storage.local once, deleting the old keys and keeping the placement', async () => {
    await fakeBrowser.storage.local.set(OLD_LOCAL);
    const store = await fresh();
    expect(await store.loadSettings()).toEqual(OLD_LOCAL.settings);
    expect(await store.loadUserSites()).toEqual(OLD_LOCAL.userSites);
    // The old copy of the policy is not carried over: the background copies policy afresh.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ placement: OLD_LOCAL.placement });
  });

  it('never reads storage.local again after moving: a value a content script writes there later changes nothing', async () => {
    const store = await fresh();
    expect(await store.loadUserSites()).toEqual([]);
    await fakeBrowser.storage.local.set({ userSites: ['https://evil.example/*'], settings: { retentionHours: 720, clinicianId: 'x', teamId: 'x' } });
    expect(await store.loadUserSites()).toEqual([]);
    expect((await store.loadSettings()).retentionHours).toBe(24);
  });

  it('reads the policy itself until the background has made its copy, so a rule is never missing', async () => {
    const store = await fresh();
    const rule = { site: 'https://records.example.org/*', selector: '#nhs-number' };
    await fakeBrowser.storage.managed.set({ personContext: [rule] });
    expect((await store.loadPolicyCopy()).personContext).toEqual([rule]);
    await store.copyPolicy();
    await fakeBrowser.storage.managed.set({ personContext: [] });
    expect((await store.loadPolicyCopy()).personContext).toEqual([rule]);
  });

  it('tells a watcher of later changes only', async () => {
    const store = await fresh();
    const seen: unknown[] = [];
    const stop = store.userSitesItem.watch((value) => seen.push(value));
    await store.userSitesItem.setValue(['https://records.example.org/*']);
    await vi.waitFor(() => expect(seen).toEqual([['https://records.example.org/*']]));
    stop();
  });
});
