// Issue 13, item 5 (H-32): the context key is a non-extractable CryptoKey on the extension origin,
// stored as that object, one per installation however many contexts ask for it first.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const DATABASE = 'coplan-keys';

async function freshModule() {
  vi.resetModules();
  return import('../../entrypoints/background/context-key');
}

/** What IndexedDB holds under the key's name, read as any other code on the origin could read it. */
function stored(): Promise<unknown[]> {
  return new Promise((done, fail) => {
    const open = indexedDB.open(DATABASE);
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('keys').objectStore('keys').getAll();
      read.onsuccess = () => {
        open.result.close();
        done(read.result);
      };
    };
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await new Promise((done) => {
    const removal = indexedDB.deleteDatabase(DATABASE);
    removal.onsuccess = removal.onerror = done;
  });
});

describe('the context key', () => {
  it('is stored as a CryptoKey whose bytes cannot be exported, never as raw bytes or text', async () => {
    const { contextKey } = await freshModule();
    const key = await contextKey();
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toBeInstanceOf(CryptoKey);
    expect((rows[0] as CryptoKey).extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', rows[0] as CryptoKey)).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('is one key when two contexts ask for it at the same first run', async () => {
    const first = await freshModule();
    const second = await freshModule();
    const [a, b] = await Promise.all([first.keyed('person|DEMO-101'), second.keyed('person|DEMO-101')]);
    expect(a).toBe(b);
    expect(await stored()).toHaveLength(1);
    // And the same after a restart of the background.
    expect(await (await freshModule()).keyed('person|DEMO-101')).toBe(a);
  });

  it('keys text as an HMAC: 64 hex digits, different for different people, not a bare hash', async () => {
    const { keyed } = await freshModule();
    const ada = await keyed('person|DEMO-101');
    expect(ada).toMatch(/^[0-9a-f]{64}$/);
    expect(await keyed('person|DEMO-102')).not.toBe(ada);
    const bare = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('person|DEMO-101')))].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(ada).not.toBe(bare);
  });
});
