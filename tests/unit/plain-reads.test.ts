import { afterEach, describe, expect, it } from 'vitest';
import { CoplanDb, SCHEMA_HISTORY } from '../../core/db';
import { dexieStore } from '../../core/session/dexie-store';
import type { Session } from '../../core/session/schema';
import { DB_NAME, READ_STORES, plainReadStore, readPackRows, readSessionsEarly } from '../../entrypoints/sidebar/plain-reads';

const row = (id: string, updatedAt: number) => ({ id, createdAt: 1, updatedAt, label: id });
const exists = async () => (await indexedDB.databases()).some((d) => d.name === DB_NAME);
const deleted = () =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

let open: CoplanDb[] = [];
const dexie = (history = SCHEMA_HISTORY) => {
  const db = new CoplanDb(DB_NAME, history);
  open.push(db);
  return db;
};
const store = (db: CoplanDb, rendered = Promise.resolve()) => plainReadStore(async () => dexieStore(db), rendered);

afterEach(async () => {
  open.forEach((db) => db.close());
  open = [];
  // Also proves a plain connection never holds up a deletion: it closes on versionchange.
  await deleted();
});

describe('the sidebar’s plain first reads', () => {
  it('read the database, stores and index that core/db.ts declares', () => {
    const latest = SCHEMA_HISTORY.at(-1)!.stores;
    expect(new CoplanDb().name).toBe(DB_NAME);
    expect(Object.keys(latest)).toContain(READ_STORES.packs);
    expect(latest[READ_STORES.sessions]?.split(/,\s*/)).toContain(READ_STORES.sessionsByUpdate);
  });

  it('find nothing, and create nothing, on a new install; Dexie then creates the database as usual', async () => {
    const db = dexie();
    const s = store(db);
    expect(await readPackRows()).toEqual([]);
    expect(await s.updatedSince(0)).toEqual([]);
    expect(await s.get('session-1')).toBeUndefined();
    expect(await exists()).toBe(false);
    await db.open();
    expect(db.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
  });

  it('answer exactly as Dexie does: sessions since a time, newest first, one by id, and pack rows', async () => {
    const db = dexie();
    await db.sessions.bulkPut([row('a', 10), row('b', 30), row('c', 20), row('d', 5)]);
    await db.packs.put({ id: 'pack-1', frameworkAdditions: [] });
    const s = store(db);
    expect(await s.updatedSince(10)).toEqual(await dexieStore(db).updatedSince(10));
    expect(((await s.updatedSince(10)) as { id: string }[]).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(await s.get('c')).toEqual(row('c', 20));
    expect(await readPackRows()).toEqual([{ id: 'pack-1', frameworkAdditions: [] }]);
  });

  it('answer the first look at today’s sessions from the early read, as a read at its own time would, and read afresh after', async () => {
    const db = dexie();
    await db.sessions.bulkPut([row('a', 10), row('b', 30), row('c', 20)]);
    readSessionsEarly(10);
    // Asked after it on the same connection, so answered after it.
    await readPackRows();
    // Changed after the early read: the first answer does not hold it yet, the next one does.
    await db.sessions.put(row('d', 40));
    const s = store(db);
    expect(((await s.updatedSince(15)) as { id: string }[]).map((r) => r.id)).toEqual(['b', 'c']);
    expect(((await s.updatedSince(15)) as { id: string }[]).map((r) => r.id)).toEqual(['d', 'b', 'c']);
  });

  it('read afresh when the early read began later than asked', async () => {
    const db = dexie();
    await db.sessions.bulkPut([row('a', 10), row('b', 30)]);
    readSessionsEarly(20);
    expect(((await store(db).updatedSince(5)) as { id: string }[]).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('write through Dexie, and read what was written', async () => {
    const db = dexie();
    await db.open();
    const s = store(db);
    await s.put(row('e', 40) as unknown as Session);
    expect(await db.sessions.get('e')).toEqual(row('e', 40));
    expect(await s.get('e')).toEqual(row('e', 40));
  });

  it('never hold up Dexie upgrading the schema', async () => {
    const old = dexie(SCHEMA_HISTORY.slice(0, 1));
    await old.sessions.put(row('f', 1));
    old.close();
    // The plain connection is the only one open when Dexie asks for the newer version.
    expect(await store(dexie()).get('f')).toEqual(row('f', 1));
    const current = dexie();
    await current.open();
    expect(current.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
  });

  it('fail on a schema older than the stores they read, so the sidebar asks Dexie instead', async () => {
    const old = dexie(SCHEMA_HISTORY.slice(0, 1));
    await old.open();
    old.close();
    await expect(readPackRows()).rejects.toThrow();
  });

  it('start watching a session only once the sidebar has rendered', async () => {
    const db = dexie();
    await db.sessions.put(row('g', 1));
    let render = () => undefined as void;
    const seen: unknown[] = [];
    const stop = store(db, new Promise((resolve) => (render = resolve))).watch('g', (raw) => seen.push(raw));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
    render();
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    expect(seen[0]).toEqual(row('g', 1));
    stop();
  });
});
