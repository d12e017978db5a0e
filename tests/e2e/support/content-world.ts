import type { Page } from 'playwright-core';

/**
 * Evaluates expressions in Coplan's content-script world on a page (Chromium's isolated world for
 * the extension, not the page's own world): what a compromised page process could run with the
 * content script's rights.
 */
export async function inContentScript(page: Page, extensionId: string): Promise<<T>(expression: string) => Promise<T>> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context as (typeof worlds)[number]));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.startsWith(`chrome-extension://${extensionId}`));
  if (!world) throw new Error('Coplan’s content script world was not found on the page');
  return async <T>(expression: string) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
}

/** Every item of Coplan's trusted store (core/storage/trusted-store.ts), read from an extension page. */
export function readTrustedStore(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((done, fail) => {
        const open = indexedDB.open('coplan-trusted');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('items')) return done({});
          const store = db.transaction('items').objectStore('items');
          const [keys, values] = [store.getAllKeys(), store.getAll()];
          values.onsuccess = () => {
            done(Object.fromEntries(keys.result.map((key, i) => [String(key), values.result[i]])));
            db.close();
          };
        };
      }),
  );
}

/** Puts items into the trusted store from an extension page, as the options page and the background do. */
export function writeTrustedStore(page: Page, items: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    (entries) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('coplan-trusted');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction('items', 'readwrite');
          for (const [key, value] of entries) transaction.objectStore('items').put(value, key);
          transaction.oncomplete = () => {
            db.close();
            done();
          };
          transaction.onerror = () => fail(transaction.error);
        };
      }),
    Object.entries(items),
  );
}
