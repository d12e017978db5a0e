import { describe, expect, it } from 'vitest';
import { recordEvents } from '../../core/audit/event-store';
import { idHash } from '../../core/audit/id-hashes';
import type { AuditRow } from '../../core/audit/schema';
import { eventRows } from '../fixtures/audit/tables';
import { CoplanDb } from '../../core/db';
import { resetTrainingData } from '../../core/training/reset';

let n = 0;
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 25, 12);

const session = (id: string, training: boolean) => ({
  id, training, schemaVersion: 2, label: training ? 'Practice' : 'Real', createdAt: NOW - HOUR, updatedAt: NOW,
  prompts: { 'faith-importance': { status: 'explored', note: `note for ${id}` } },
});
const event = (id: string, training: boolean | 0 | 1) => ({
  id, at: NOW, type: 'session-started', sessionId: training ? 'session-train' : 'session-real', clinician: 'clinician-a', team: 'team-north',
  frameworkId: 'coplan-core', frameworkVersion: '1.0.0', origin: 'local', training,
}) as unknown as AuditRow;
const real = (r: Record<string, unknown>) => r.training !== true && r.training !== 1;

/** A database holding real and training rows side by side, in every table a reset could reach. */
async function seeded(): Promise<CoplanDb> {
  const db = new CoplanDb(`training-reset-${++n}`);
  await db.sessions.bulkPut([session('real-session-1', false), session('train-session-1', true), session('real-session-2', false), session('train-session-2', true)]);
  // Audit rows may carry the flag as a boolean or as 1/0 (IndexedDB cannot index booleans).
  await recordEvents(db, [event('real-event-1', false), event('real-event-2', 0), event('train-event-1', true), event('train-event-2', 1)]);
  await db.packs.put({ id: 'trust-pack', name: 'A trust pack' });
  await db.searchIndexes.put({ contentVersion: '1.0.0', index: { terms: 3 } });
  return db;
}

const TRAINING_IDS = new Set(['train-event-1', 'train-event-2'].map(idHash));

/** Every row of every table except training rows (and training events and their ids within rows), for before/after comparison. */
async function dumpRealRows(db: CoplanDb): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  const realIn = (r: Record<string, unknown>): Record<string, unknown> => {
    if (Array.isArray(r.events)) return { ...r, events: (r.events as Record<string, unknown>[]).filter(real) };
    if (r.hashes instanceof Float64Array) return { ...r, hashes: r.hashes.filter((hash) => !TRAINING_IDS.has(hash)) };
    return r;
  };
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    dump[table.name] = rows.filter(real).map(realIn).filter((r) => !Array.isArray(r.events) || r.events.length > 0);
  }
  return dump;
}

describe('reset training data', () => {
  it('removes training sessions and training audit events and leaves every real row exactly as it was', async () => {
    const db = await seeded();
    const before = await dumpRealRows(db);
    expect(await resetTrainingData(db)).toEqual({ sessions: 2, events: 2 });
    expect(await dumpRealRows(db)).toEqual(before);
    expect((await db.sessions.toArray()).map((s) => s.id).sort()).toEqual(['real-session-1', 'real-session-2']);
    expect((await eventRows(db)).map((e) => e.id).sort()).toEqual(['real-event-1', 'real-event-2']);
    db.close();
  });

  it('removes nothing when part of the reset fails, because it is one transaction', async () => {
    const db = await seeded();
    const everything = async () => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
    const before = await everything();
    db.auditBlocks.hook('deleting', () => {
      throw new Error('disk full');
    });
    await expect(resetTrainingData(db)).rejects.toThrow('disk full');
    expect(await everything()).toEqual(before);
    db.close();
  });

  it('says it removed nothing when there is no training data', async () => {
    const db = new CoplanDb(`training-reset-${++n}`);
    await db.sessions.put(session('real-session-9', false));
    expect(await resetTrainingData(db)).toEqual({ sessions: 0, events: 0 });
    expect(await db.sessions.count()).toBe(1);
    db.close();
  });
});
