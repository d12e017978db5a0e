import { afterEach, describe, expect, it } from 'vitest';
import { CoplanDb } from '../../core/db';
import { createSessionModel } from '../../core/models/session-model';
import { dexieStore } from '../../core/session/dexie-store';
import type { Session } from '../../core/session/schema';
import { newSession } from '../../core/session/session';
import type { SessionStore } from '../../core/session/store';
import { DB_NAME, plainReadStore } from '../../entrypoints/sidebar/plain-reads';
import { smallFramework } from '../fixtures/small-framework';

// H-07: practice (training) sessions and real sessions share one database. A training sidebar
// must list only practice sessions and never open one by itself; a real sidebar must list and
// resume only real ones. Every test here runs against a real Dexie database (fake-indexeddb); the
// last also reads it the way the extension's sidebar first does, with plain IndexedDB.

const NOON = new Date('2026-11-25T12:00:00').getTime();
const at = (hh: number, mm = 0) => new Date(`2026-11-25T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00`).getTime();

// Every session here began on the record the sidebar sits beside (issue 13 binds sessions to it).
const HERE = { tabId: 1, pageHash: 'a'.repeat(64) };

function row(id: string, label: string, training: boolean, updatedAt: number, finished = false): Session {
  const session = newSession(smallFramework, label, id, updatedAt - 60_000, training);
  return { ...session, binding: HERE, updatedAt, ...(finished ? { finishedAt: updatedAt } : {}) };
}

/**
 * Today as a clinician and a trainee left it on one machine. The newest unfinished session is a
 * practice one, so a sidebar that ignored the training flag would pick it up first.
 */
const REAL_YESTERDAY = row('real-yesterday-0001', 'Real yesterday', false, at(16) - 86_400_000);
const REAL_EARLIER = row('real-earlier-0001', 'Real AB', false, at(9));
const REAL_LATEST = row('real-latest-0001', 'Real CD', false, at(10));
const REAL_FINISHED = row('real-finished-0001', 'Real EF', false, at(10, 30), true);
const PRACTICE_UNFINISHED = row('practice-open-0001', 'Practice Amir', true, at(11));
const PRACTICE_FINISHED = row('practice-done-0001', 'Practice Grace', true, at(11, 30), true);
const TODAY_ROWS = [REAL_YESTERDAY, REAL_EARLIER, REAL_LATEST, REAL_FINISHED, PRACTICE_UNFINISHED, PRACTICE_FINISHED];

let open: { db: CoplanDb; name: string }[] = [];
let dbCount = 0;

async function seeded(name = `training-separation-${++dbCount}`): Promise<CoplanDb> {
  const db = new CoplanDb(name);
  open.push({ db, name });
  await db.sessions.bulkPut(structuredClone(TODAY_ROWS));
  return db;
}

let ids = 0;
const sidebar = (store: SessionStore, training: boolean, now = NOON) =>
  createSessionModel({ store, framework: smallFramework, training, now: () => now, newId: () => `new-session-${++ids}` });

const listed = (model: ReturnType<typeof sidebar>) => model.today.value.map((s) => s.id);
const everyRow = (db: CoplanDb) => db.sessions.orderBy('id').toArray();

afterEach(async () => {
  for (const { db, name } of open) {
    db.close();
    await deleteDatabase(name);
  }
  open = [];
});

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

describe('training and real sessions kept apart (H-07)', () => {
  it('a training sidebar lists only practice sessions and never resumes one by itself, even with unfinished practice and real sessions today', async () => {
    const db = await seeded();
    const training = sidebar(dexieStore(db), true);
    await training.load(HERE);

    expect(training.session.value).toBeUndefined();
    expect(listed(training)).toEqual([PRACTICE_FINISHED.id, PRACTICE_UNFINISHED.id]);
    // Loading wrote nothing: no session was opened, bound or touched.
    expect(await everyRow(db)).toEqual([...TODAY_ROWS].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('a real sidebar lists only real sessions, never practice ones', async () => {
    const db = await seeded();
    const real = sidebar(dexieStore(db), false);
    await real.load(HERE);

    expect(listed(real)).toEqual([REAL_FINISHED.id, REAL_LATEST.id, REAL_EARLIER.id]);
    expect(real.today.value.map((s) => s.label)).not.toContain(PRACTICE_UNFINISHED.label);
    expect(real.today.value.map((s) => s.label)).not.toContain(PRACTICE_FINISHED.label);
  });

  it('a real sidebar resumes the latest unfinished real session, not a newer unfinished practice one', async () => {
    const db = await seeded();
    const real = sidebar(dexieStore(db), false);
    await real.load(HERE);

    expect(real.session.value?.id).toBe(REAL_LATEST.id);
    expect(real.session.value?.training).toBe(false);
    expect(real.session.value).toEqual(REAL_LATEST);
  });

  it('a real sidebar with only practice sessions left unfinished today opens nothing by itself', async () => {
    const db = new CoplanDb(`training-separation-${++dbCount}`);
    open.push({ db, name: db.name });
    await db.sessions.bulkPut(structuredClone([REAL_FINISHED, PRACTICE_UNFINISHED]));
    const real = sidebar(dexieStore(db), false);
    await real.load(HERE);

    expect(real.session.value).toBeUndefined();
    expect(listed(real)).toEqual([REAL_FINISHED.id]);
  });

  it('a training sidebar asked to resume a real session opens nothing and changes nothing', async () => {
    const db = await seeded();
    const training = sidebar(dexieStore(db), true);
    await training.load(HERE);
    const before = await everyRow(db);

    await training.resume(REAL_LATEST.id);
    await training.resume(REAL_FINISHED.id);

    expect(training.session.value).toBeUndefined();
    expect(await everyRow(db)).toEqual(before);
    // Resuming a practice session by hand still works.
    await training.resume(PRACTICE_UNFINISHED.id);
    expect(training.session.value).toEqual(PRACTICE_UNFINISHED);
  });

  it('a real sidebar asked to resume a practice session keeps its own session open and changes nothing', async () => {
    const db = await seeded();
    const real = sidebar(dexieStore(db), false);
    await real.load(HERE);
    const before = await everyRow(db);

    await real.resume(PRACTICE_UNFINISHED.id);
    await real.resume(PRACTICE_FINISHED.id);

    expect(real.session.value).toEqual(REAL_LATEST);
    expect(await everyRow(db)).toEqual(before);
    // A change made now lands on the real session, never the practice one.
    await real.updateRecord({ ownWords: 'I want to stay at home' });
    expect((await db.sessions.get(REAL_LATEST.id))?.record).toMatchObject({ ownWords: 'I want to stay at home' });
    expect(await db.sessions.get(PRACTICE_UNFINISHED.id)).toEqual(PRACTICE_UNFINISHED);
  });

  it('a practice session started in a training sidebar is listed only there, and a real sidebar opened later neither lists nor resumes it', async () => {
    const db = await seeded();
    const training = sidebar(dexieStore(db), true, at(11, 45));
    await training.start('Practice Sam');
    await training.updatePrompt('faith-importance', { status: 'explored' });
    const practiceId = training.session.value!.id;
    expect((await db.sessions.get(practiceId))?.training).toBe(true);
    await training.leave();
    expect(listed(training)).toEqual([practiceId, PRACTICE_FINISHED.id, PRACTICE_UNFINISHED.id]);

    const real = sidebar(dexieStore(db), false, at(11, 50));
    await real.load(HERE);
    expect(real.session.value?.id).toBe(REAL_LATEST.id);
    expect(listed(real)).not.toContain(practiceId);
    expect(listed(real)).toEqual([REAL_FINISHED.id, REAL_LATEST.id, REAL_EARLIER.id]);
  });

  it('keeps them apart the same way when the sidebar’s first render reads the database with plain IndexedDB', async () => {
    // The extension's sidebar loads through plainReadStore (entrypoints/sidebar/plain-reads.ts),
    // which reads the 'coplan' database without Dexie; writes still go through Dexie.
    const db = await seeded(DB_NAME);
    const store = plainReadStore(async () => dexieStore(db), Promise.resolve());

    const training = sidebar(store, true);
    await training.load(HERE);
    expect(training.session.value).toBeUndefined();
    expect(listed(training)).toEqual([PRACTICE_FINISHED.id, PRACTICE_UNFINISHED.id]);
    await training.resume(REAL_LATEST.id);
    expect(training.session.value).toBeUndefined();

    const real = sidebar(store, false);
    await real.load(HERE);
    expect(real.session.value).toEqual(REAL_LATEST);
    expect(listed(real)).toEqual([REAL_FINISHED.id, REAL_LATEST.id, REAL_EARLIER.id]);
    await real.resume(PRACTICE_UNFINISHED.id);
    expect(real.session.value?.id).toBe(REAL_LATEST.id);
  });
});
