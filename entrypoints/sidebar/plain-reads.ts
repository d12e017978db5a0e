import type { SessionStore } from '../../core/session/store';

/**
 * The sidebar's first render reads the database with plain IndexedDB, so Dexie (over a third of
 * the first load, and a slower open) can load once the prompts are up. Only reads: Dexie keeps
 * the schema, the writes and the watching, since it is what tells other pages of a change.
 * Names must match core/db.ts; tests/unit/plain-reads.test.ts holds them to it.
 */
export const DB_NAME = 'coplan';
export const READ_STORES = { packs: 'packs', sessions: 'sessions', sessionsByUpdate: 'updatedAt' } as const;

// One connection for the page. The sidebar's early script (first-asks.ts) and its main script each
// bundle this file, so the connection is held on the window they share rather than in the module.
const held = globalThis as typeof globalThis & {
  coplanReadConnection?: Promise<IDBDatabase | undefined>;
  coplanEarlySessions?: { since: number; rows: Promise<unknown[]> };
};

/** The database as it is: never created or upgraded here, as that is Dexie's to do with its schema. */
function openAsIs(): Promise<IDBDatabase | undefined> {
  held.coplanReadConnection ??= new Promise<IDBDatabase | undefined>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    // No database yet (a new install): there is nothing to read; undo the empty one just made.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      // Dexie opening a newer schema after an update must not wait on this connection.
      db.onversionchange = () => {
        db.close();
        held.coplanReadConnection = undefined;
      };
      resolve(db);
    };
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(undefined) : reject(request.error));
  }).then(
    (db) => {
      if (!db) held.coplanReadConnection = undefined;
      return db;
    },
    (error: unknown) => {
      held.coplanReadConnection = undefined;
      throw error;
    },
  );
  return held.coplanReadConnection;
}

/** One read in its own transaction; `missing` when there is no database yet. */
async function read<T>(store: string, query: (store: IDBObjectStore) => IDBRequest<T>, missing: T): Promise<T> {
  const db = await openAsIs();
  if (!db) return missing;
  return new Promise<T>((resolve, reject) => {
    const request = query(db.transaction(store, 'readonly').objectStore(store));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Every installed pack's row, for the prompts packs add to the framework. */
export function readPackRows(): Promise<unknown[]> {
  return read(READ_STORES.packs, (store) => store.getAll(), []);
}

/** Sessions changed since `since`, oldest change first, as the index holds them. */
const readSince = (since: number) =>
  read<unknown[]>(READ_STORES.sessions, (store) => store.index(READ_STORES.sessionsByUpdate).getAll(IDBKeyRange.lowerBound(since)), []);

/**
 * Starts reading the sessions changed since `since` as the sidebar's page starts (first-asks.ts), so
 * the round trip is made while the main script loads rather than after it (issue 20 item 1). The
 * sidebar's first look at today's sessions takes this read; every later look reads afresh.
 */
export function readSessionsEarly(since: number): void {
  const rows = readSince(since);
  rows.catch(() => undefined);
  held.coplanEarlySessions = { since, rows };
}

/**
 * The early read, once, when it covers `since`. It began a moment earlier than asked, so it may hold
 * rows changed between the two times: those are left out by the index's own order (`indexedDB.cmp`),
 * and the answer is the one a read at `since` would have given then.
 */
function takeEarlySessions(since: number): Promise<unknown[]> | undefined {
  const early = held.coplanEarlySessions;
  held.coplanEarlySessions = undefined;
  if (!early || early.since > since) return undefined;
  const key = READ_STORES.sessionsByUpdate;
  return early.rows.then((rows) => rows.filter((row) => indexedDB.cmp((row as Record<string, IDBValidKey>)[key], since) >= 0));
}

/**
 * Sessions read plainly and written through Dexie, which `dexie` loads. A plain read that fails
 * (a schema older than this code, before Dexie upgrades it) asks Dexie instead. Watching starts
 * once `rendered`: Dexie's first answer then brings any change made meanwhile.
 */
export function plainReadStore(dexie: () => Promise<SessionStore>, rendered: Promise<void>): SessionStore {
  const { sessions } = READ_STORES;
  // Once Dexie has loaded, a write goes to it in the same task: a status change's save then starts
  // before the change renders, not after (core/models/session-model.ts).
  let loaded: SessionStore | undefined;
  const writer = () => dexie().then((s) => (loaded = s));
  return {
    get: (id) => read<unknown>(sessions, (store) => store.get(id), undefined).catch(() => dexie().then((s) => s.get(id))),
    updatedSince: (since) =>
      (takeEarlySessions(since) ?? readSince(since))
        .then((rows) => rows.reverse())
        .catch(() => dexie().then((s) => s.updatedSince(since))),
    put: (session) => (loaded ? loaded.put(session) : writer().then((s) => s.put(session))),
    delete: (id) => dexie().then((s) => s.delete(id)),
    watch(id, onChange) {
      let stop: (() => void) | undefined;
      let stopped = false;
      void rendered.then(dexie).then((s) => {
        if (!stopped) stop = s.watch(id, onChange);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
