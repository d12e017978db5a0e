// Issue 13, item 5: person identifiers and page addresses are keyed with an HMAC whose key never
// leaves the extension origin. The key is a non-extractable CryptoKey, kept as that object in
// IndexedDB (structured clone keeps it non-extractable): no code, Coplan's included, can read
// its bytes, and no content script can reach this database, which belongs to the extension.

const DATABASE = 'coplan-keys';
const STORE = 'keys';
const CONTEXT_KEY = 'context-hmac';

function openKeys(): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}

/**
 * The key kept, or this one if none is: one read-write transaction looks and stores, and
 * IndexedDB runs such transactions on a store one at a time, so two contexts starting together
 * (two tabs at first run, a restarted worker) end with the same single key.
 */
function keepFirst(db: IDBDatabase, fresh: CryptoKey): Promise<CryptoKey> {
  return new Promise((done, fail) => {
    const transaction = db.transaction(STORE, 'readwrite');
    const store = transaction.objectStore(STORE);
    let kept: CryptoKey = fresh;
    const read = store.get(CONTEXT_KEY);
    read.onsuccess = () => {
      if (read.result instanceof CryptoKey) kept = read.result;
      else store.put(fresh, CONTEXT_KEY);
    };
    transaction.oncomplete = () => done(kept);
    transaction.onerror = () => fail(transaction.error);
  });
}

async function loadOrMake(): Promise<CryptoKey> {
  const db = await openKeys();
  try {
    // Made before the transaction: awaiting WebCrypto inside it would let it commit early.
    const fresh = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return await keepFirst(db, fresh);
  } finally {
    db.close();
  }
}

let key: Promise<CryptoKey> | undefined;

/** The installation's context key, made on first use; a failure is not remembered, so the next ask tries again. */
export function contextKey(): Promise<CryptoKey> {
  key ??= loadOrMake().catch((error: unknown) => {
    key = undefined;
    throw error;
  });
  return key;
}

/** HMAC-SHA-256 of the text under the context key, as hex: a bare hash of an NHS number could be reversed by trying them all. */
export async function keyed(text: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await contextKey(), new TextEncoder().encode(text));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
