import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { aggregate, aggregateRollups, catalogueOf, type PromptCatalogue } from '../../core/audit/aggregate';
import { importAuditFile, type AuditFileSource } from '../../core/audit/exchange';
import type { AuditFilters } from '../../core/audit/filters';
import { createAuditRecorder } from '../../core/audit/recorder';
import { allEvents, recordEvents } from '../../core/audit/event-store';
import { rollupOf, rollupsOf } from '../../core/audit/rollups';
import { toRow, type AuditEvent, type AuditInput } from '../../core/audit/schema';
import { clearImported, readSessions } from '../../core/audit/store';
import { CoplanDb, SCHEMA_HISTORY } from '../../core/db';
import { loadBuiltInContent } from '../../scripts/content-loader';
import { generateEvents } from '../bench/audit-data';
import { GOLDEN_EVENTS, GOLDEN_FRAMEWORK } from '../fixtures/audit/golden';

const golden: PromptCatalogue = new Map([['coplan-core@1.0.0', new Map(Object.entries(GOLDEN_FRAMEWORK['1.0.0']))]]);
const { framework } = loadBuiltInContent(resolve(import.meta.dirname, '../../content'));
const NOW = Date.parse('2026-11-25T12:00:00Z');
// A generated team's worth, with times rounded to the minute so events tie and the id breaks the tie.
const generated = generateEvents(framework, 20_000, NOW).map((e) => ({ ...e, at: Math.floor(e.at / 60_000) * 60_000 }));

/** The rows in the order the [training+at] index gives them (time, then id), and in a shuffled order. */
const inIndexOrder = (events: AuditEvent[]) => events.map((e) => toRow(e, 'local')).sort((a, b) => a.training - b.training || a.at - b.at || (a.id < b.id ? -1 : 1));
function shuffled<T>(list: T[]): T[] {
  let seed = 42;
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const filterSets: [string, AuditFilters][] = [
  ['all of 2025', { from: '2025-01-01', to: '2025-12-31', training: false }],
  ['2025 with training', { from: '2025-01-01', to: '2025-12-31', training: true }],
  ['one team', { from: '2025-01-01', to: '2025-12-31', training: false, team: 'team-south' }],
  ['one clinician', { from: '2025-01-01', to: '2025-12-31', training: true, clinician: 'clinician-b' }],
  ['a framework version', { from: '2025-01-01', to: '2025-12-31', training: false, framework: 'coplan-core@1.0.0' }],
  ['the BST change day', { from: '2025-03-30', to: '2025-03-30', training: false }],
  ['the day after', { from: '2025-03-31', to: '2025-03-31', training: false }],
  ['late June', { from: '2025-06-30', to: '2025-06-30', training: false }],
  ['the generated twelve weeks', { from: '2026-09-03', to: '2026-11-25', training: false }],
  ['a generated week and team', { from: '2026-10-05', to: '2026-10-11', training: false, team: 'team-1' }],
  ['a generated clinician', { from: '2026-09-03', to: '2026-11-25', training: true, clinician: 'clinician-4' }],
];

describe('session rollups', () => {
  for (const [name, events, catalogue] of [
    ['golden sessions', GOLDEN_EVENTS, golden],
    ['golden sessions, no framework copy (prompts only as observed)', GOLDEN_EVENTS, new Map()],
    ['generated sessions with tied times', generated, catalogueOf(framework)],
    ['generated sessions, no framework copy', generated, new Map()],
  ] as const) {
    it.each(filterSets)(`do not depend on the order events come in, and survive storage: ${name}, %s`, (_label, filters) => {
      const rows = inIndexOrder([...events]);
      const { rollups, observed } = rollupsOf(shuffled(rows));
      expect(aggregateRollups(rollups.map((r) => structuredClone(r)), filters, catalogue, observed)).toEqual(aggregate(rows, filters, catalogue));
    });
  }

  it('break ties in time by event id, keeping the latest status of each prompt', () => {
    const base = { clinician: 'clinician-a', team: 'team-north', sessionId: 's', frameworkId: 'coplan-core', frameworkVersion: '1.0.0', training: false } as const;
    const mark = (id: string, status: 'explored' | 'declined', at = 1000) => toRow({ ...base, id, at, type: 'prompt-status-set', domainId: 'faith', promptId: 'faith-importance', status }, 'local');
    expect(rollupOf('s', [mark('event-b', 'declined'), mark('event-a', 'explored')])?.domains).toEqual(['faith', 0, 0, 1, 0]);
    expect(rollupOf('s', [mark('event-a', 'declined'), mark('event-b', 'explored')])?.domains).toEqual(['faith', 1, 0, 0, 0]);
    expect(rollupOf('s', [mark('event-z', 'declined', 999), mark('event-a', 'explored')])?.domains).toEqual(['faith', 1, 0, 0, 0]);
  });

  it('counts a damaged rollup apart instead of failing', () => {
    const { rollups } = rollupsOf(inIndexOrder(GOLDEN_EVENTS));
    const v = aggregateRollups([...rollups, null, { id: 'x', start: 1 }, { ...rollups[0]!, domains: ['a', 'b'] }], { from: '2025-01-01', to: '2025-12-31', training: false }, golden);
    expect(v.skipped).toBe(3);
  });
});

describe('keeping rollups in step with events', () => {
  let db: CoplanDb;
  let n = 0;
  beforeEach(async () => {
    db = new CoplanDb(`audit-rollups-${++n}`);
    await db.open();
  });
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const stored = async () => byId(await db.auditSessions.toArray());
  const expected = async () => byId(rollupsOf(await allEvents(db)).rollups);
  const fixture = (path: string): AuditFileSource => {
    const text = readFileSync(resolve(import.meta.dirname, '../fixtures/audit', path), 'utf8');
    return { name: path, size: Buffer.byteLength(text), text: async () => text };
  };

  it('the recorder updates the session’s rollup with each event', async () => {
    let id = 0;
    let at = 1_750_000_000_000;
    const audit = createAuditRecorder({ db, clinician: () => 'clinician-a', team: () => 'team-north', training: false, now: () => (at += 1000), newId: () => `event-${++id}` });
    const session = { sessionId: 'session-1', frameworkId: 'coplan-core', frameworkVersion: '1.0.0' };
    const inputs: AuditInput[] = [
      { ...session, type: 'session-started' },
      { ...session, type: 'prompt-status-set', domainId: 'faith', promptId: 'faith-importance', status: 'explored' },
      { ...session, type: 'prompt-status-set', domainId: 'faith', promptId: 'faith-importance', status: 'declined' },
      { ...session, type: 'guidance-opened', sectionId: 'faith-intro', domainId: 'faith' },
      { ...session, type: 'summary-inserted' },
      { ...session, type: 'session-finished' },
    ];
    for (const input of inputs) await audit.record(input);
    expect(await allEvents(db)).toHaveLength(6);
    expect(await stored()).toEqual(await expected());
    expect(await db.auditSessions.get('session-1')).toMatchObject({ id: 'session-1', events: 6, finished: 1, inserted: 1, domains: ['faith', 0, 0, 1, 0], guidance: ['faith', 1] });
    expect(await db.auditPrompts.get('coplan-core@1.0.0')).toEqual({ framework: 'coplan-core@1.0.0', domains: [['faith', ['faith-importance']]] });
  });

  it('does not count a session as inserted when its only insert was undone; a later insert counts again', () => {
    const base = { clinician: 'clinician-a', team: 'team-north', sessionId: 'session-u', frameworkId: 'coplan-core', frameworkVersion: '1.0.0', training: false };
    const row = (n: number, type: AuditEvent['type']) => toRow({ ...base, id: `u-${n}`, at: 1_750_000_000_000 + n * 1000, type } as AuditEvent, 'local');
    const undone = [row(1, 'session-started'), row(2, 'summary-inserted'), row(3, 'summary-insert-undone')];
    expect(rollupOf('session-u', undone)?.inserted).toBe(0);
    expect(aggregate(undone, { from: '2025-01-01', to: '2025-12-31', training: false }, new Map()).inserted).toBe(0);
    expect(rollupOf('session-u', [...undone, row(4, 'summary-inserted')])?.inserted).toBe(1);
  });

  it('counts a reopened session as finished only once it is finished again (issue 18)', () => {
    const base = { clinician: 'clinician-a', team: 'team-north', sessionId: 'session-r', frameworkId: 'coplan-core', frameworkVersion: '1.0.0', training: false };
    const row = (n: number, type: AuditEvent['type']) => toRow({ ...base, id: `r-${n}`, at: 1_750_000_000_000 + n * 1000, type } as AuditEvent, 'local');
    const reopened = [row(1, 'session-started'), row(2, 'session-finished'), row(3, 'session-reopened')];
    expect(rollupOf('session-r', reopened)?.finished).toBe(0);
    expect(rollupOf('session-r', [...reopened, row(4, 'session-finished')])?.finished).toBe(1);
  });

  it('the importer builds and extends rollups in the file’s transaction; clearing imported records recounts them', async () => {
    // Half of the golden events recorded here, so sessions mix local and imported events.
    await recordEvents(db, GOLDEN_EVENTS.filter((_, i) => i % 2 === 0).map((e) => toRow(e, 'local')));
    expect(await stored()).toEqual(await expected());
    for (const file of ['clinician-a.json', 'clinician-b.json']) expect(await importAuditFile(db, fixture(file), NOW)).toMatchObject({ ok: true });
    expect(await stored()).toEqual(await expected());
    const before = await stored();
    // A refused file changes no rollup.
    const text = readFileSync(resolve(import.meta.dirname, '../fixtures/audit/clinician-a.json'), 'utf8');
    expect(await importAuditFile(db, { name: 'x.json', size: text.length, text: async () => text.replace('"team-north"', '"team-south"') }, NOW)).toMatchObject({ ok: false });
    expect(await stored()).toEqual(before);

    const removed = await clearImported(db);
    expect(removed).toBeGreaterThan(0);
    expect((await allEvents(db)).every((e) => e.origin === 'local')).toBe(true);
    expect(await stored()).toEqual(await expected());
    // Cleared records can be imported again: their ids were released.
    expect(await importAuditFile(db, fixture('clinician-a.json'), NOW)).toMatchObject({ ok: true });
  });

  it('the dashboard’s rollup read gives the same view as every event counted afresh', async () => {
    await recordEvents(db, GOLDEN_EVENTS.map((e, i) => toRow(e, i % 2 ? 'imported' : 'local')));
    const events = await allEvents(db);
    for (const [, filters] of filterSets.slice(0, 8)) {
      const observed = rollupsOf(events).observed;
      expect(aggregateRollups(await readSessions(db, filters), filters, golden, observed)).toEqual(aggregate(events, filters, golden));
    }
  });

  it('a database from before blocks (version 4, a row per event) upgrades with every event, id and rollup', async () => {
    const name = `audit-rollups-upgrade-${n}`;
    const old = new CoplanDb(name, SCHEMA_HISTORY.slice(0, 4));
    const rows = GOLDEN_EVENTS.map((e, i) => toRow(e, i % 2 ? 'imported' : 'local'));
    await (old as unknown as { auditEvents: { bulkAdd(rows: unknown[]): Promise<unknown> } }).auditEvents.bulkAdd(rows);
    old.close();
    db = new CoplanDb(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('auditEvents');
    expect(byId(await allEvents(db))).toEqual(byId(rows));
    expect(await stored()).toEqual(byId(rollupsOf(rows).rollups));
    // Every id is known: importing the same records again adds nothing.
    expect(await importAuditFile(db, fixture('clinician-a.json'), NOW)).toMatchObject({ ok: true, added: 0 });
  });
});
