// Issue 13, item 5 (H-32, H-33): the context key, the policy copy, the site list and the settings are
// out of a content script's reach. The tests run code in Coplan's own content-script world on an EHR
// page (Chromium's isolated world for the extension), which is what a compromised page process could
// run, and in an extension page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLACEMENT } from '../../core/placement';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { inContentScript, readTrustedStore, writeTrustedStore } from './support/content-world';

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

/** The rows of the key database, read from an extension page. */
async function keyRows(): Promise<number> {
  const own = await coplan.context.newPage();
  await own.goto(`chrome-extension://${coplan.id}/options.html`);
  const rows = await own.evaluate(
    () =>
      new Promise<number>((done) => {
        const open = indexedDB.open('coplan-keys');
        open.onsuccess = () => {
          const count = open.result.transaction('keys').objectStore('keys').count();
          count.onsuccess = () => done(count.result);
        };
      }),
  );
  await own.close();
  return rows;
}

describe('the context key, from a content script (H-32)', () => {
  // First in this file: the browser's profile is new, so no key exists yet.
  it('is one key when two tabs open Coplan at the same first run', async () => {
    const pages = await Promise.all([coplan.context.newPage(), coplan.context.newPage()]);
    await Promise.all(pages.map((page, i) => page.goto(coplan.url(`ehr/query-record.html?patient=DEMO-90${i + 2}`))));
    await Promise.all(pages.map((page) => openSidebar(page, coplan.id)));
    expect(await keyRows()).toBe(1);
    await Promise.all(pages.map((page) => page.close()));
  });

  it('cannot be read, found or changed from Coplan’s content script, and is a non-extractable CryptoKey on the extension origin', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/query-record.html?patient=DEMO-901'));
    await openSidebar(page, coplan.id);
    const run = await inContentScript(page, coplan.id);
    const ask = `chrome.runtime.sendMessage({ type: 'contentToBackground.keyContext', page: 'https://ehr.example/record?pid=901' })`;
    const before = await run<{ pageHash: string }>(ask);
    expect(before.pageHash).toMatch(/^[0-9a-f]{64}$/);

    // Nothing in storage the content script can read holds the key, or a salt, or anything like one.
    const local = await run<Record<string, unknown>>('chrome.storage.local.get(null)');
    expect(Object.keys(local)).not.toContain('contextSalt');
    expect(JSON.stringify(local)).not.toMatch(/salt|hmac|cryptokey/i);
    // Its IndexedDB is the page's, which has no key database.
    expect(await run<string[]>('indexedDB.databases().then((all) => all.map((d) => d.name))')).not.toContain('coplan-keys');
    // Writing a salt where the old one lived changes nothing: the background keys with its own key.
    await run('chrome.storage.local.set({ contextSalt: "00000000000000000000000000000000" })');
    expect(await run<{ pageHash: string }>(ask)).toEqual(before);

    // On the extension origin, the key is kept as a CryptoKey whose bytes cannot be exported.
    const own = await coplan.context.newPage();
    await own.goto(`chrome-extension://${coplan.id}/options.html`);
    const key = await own.evaluate(
      () =>
        new Promise<{ isKey: boolean; extractable: boolean; usages: string[]; exported: string; rows: number }>((done) => {
          const open = indexedDB.open('coplan-keys');
          open.onsuccess = () => {
            const read = open.result.transaction('keys').objectStore('keys').getAll();
            read.onsuccess = async () => {
              const [stored] = read.result as CryptoKey[];
              const exported = await crypto.subtle.exportKey('raw', stored!).then(() => 'exported', (error: Error) => error.name);
              done({ isKey: stored instanceof CryptoKey, extractable: stored!.extractable, usages: stored!.usages, exported, rows: read.result.length });
            };
          };
        }),
    );
    expect(key).toEqual({ isKey: true, extractable: false, usages: ['sign'], exported: 'InvalidAccessError', rows: 1 });
    await Promise.all([page.close(), own.close()]);
  });
});

// What a content script may not read or change (H-33): every value here is one a test can find in a dump.
const TRUSTED = {
  settings: { retentionHours: 24, clinicianId: 'clinician-reach-test', teamId: 'team-reach-test' },
  userSites: ['http://127.0.0.1/reach-test/*'],
  policyCopy: { personContext: [{ site: 'http://127.0.0.1/*', selector: '#reach-test-person' }] },
};

describe('the policy copy, the site list and the settings, from a content script (H-33)', () => {
  it('cannot be read or changed from Coplan’s content script, which gets its own site’s rule from the background', async () => {
    const own = await coplan.context.newPage();
    await own.goto(`chrome-extension://${coplan.id}/options.html`);
    await writeTrustedStore(own, TRUSTED);
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/query-record.html?patient=DEMO-903'));
    await openSidebar(page, coplan.id);
    const run = await inContentScript(page, coplan.id);
    const askRules = `chrome.runtime.sendMessage({ type: 'contentToBackground.siteRules' })`;

    // The content script asks the background, which answers for the site the browser names, with
    // the sidebar's placement (the content script's own setting, untouched here).
    const rules = { personRule: { selector: '#reach-test-person' }, placement: DEFAULT_PLACEMENT };
    expect(await run(askRules)).toEqual(rules);
    // Nothing it can read holds any of them: storage.local has none, and its IndexedDB is the page's.
    const local = await run<Record<string, unknown>>('chrome.storage.local.get(null)');
    for (const key of Object.keys(TRUSTED)) expect(Object.keys(local)).not.toContain(key);
    expect(JSON.stringify(local)).not.toMatch(/reach-test/);
    expect(await run<string[]>('indexedDB.databases().then((all) => all.map((d) => d.name))')).not.toContain('coplan-trusted');

    // Writing where earlier versions kept them changes nothing Coplan uses.
    await run(`chrome.storage.local.set({
      policyCopy: { personContext: [] },
      userSites: ['http://127.0.0.1/*', 'https://attacker.example/*'],
      settings: { retentionHours: 720, clinicianId: 'someone-else', teamId: 'someone-else' },
    })`);
    expect(await run(askRules)).toEqual(rules);
    // A field it remembers is kept for its own site only, whatever it sends.
    await run(`chrome.runtime.sendMessage({ type: 'contentToBackground.rememberField', field: { label: 'Care plan' } })`);
    const stored = await readTrustedStore(own);
    expect(stored).toMatchObject(TRUSTED);
    expect(stored.fieldMemory).toEqual({ [new URL(coplan.url('')).origin]: { label: 'Care plan' } });
    await Promise.all([page.close(), own.close()]);
  });
});
