// Issue 13, item 5 (H-32): the context key is out of a content script's reach. The test runs code in
// Coplan's own content-script world on an EHR page (Chromium's isolated world for the extension),
// which is what a compromised page process could run, and in an extension page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

/** Evaluates an expression in Coplan's content-script world on the page (not the page's own world). */
async function inContentScript(page: Page): Promise<<T>(expression: string) => Promise<T>> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context as (typeof worlds)[number]));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.startsWith(`chrome-extension://${coplan.id}`));
  if (!world) throw new Error('Coplan’s content script world was not found on the page');
  return async <T>(expression: string) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
}

describe('the context key, from a content script (H-32)', () => {
  it('cannot be read, found or changed from Coplan’s content script, and is a non-extractable CryptoKey on the extension origin', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/query-record.html?patient=DEMO-901'));
    await openSidebar(page, coplan.id);
    const run = await inContentScript(page);
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
