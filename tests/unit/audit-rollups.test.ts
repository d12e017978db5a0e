import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { aggregate, aggregateRollups, catalogueOf, type PromptCatalogue } from '../../core/audit/aggregate';
import { importAuditFile, type AuditFileSource } from '../../core/audit/exchange';
import type { AuditFilters } from '../../core/audit/filters';
import { createAuditRecorder } from '../../core/audit/recorder';
import { decodeRollup, ensureRollups, ROLLUPS_BUILT, rollupsOf } from '../../core/audit/rollups';
import { toRow, type AuditEvent, type AuditInput } from '../../core/audit/schema';
import { clearImported, readRows, readSessions } from '../../core/audit/store';
import { CoplanDb } from '../../core/db';
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

describe('aggregating from session rollups', () => {
  for (const [name, events, catalogue] of [
    ['golden sessions', GOLDEN_EVENTS, golden],
    ['golden sessions, no framework copy (prompts only as observed)', GOLDEN_EVENTS, new Map()],
    ['generated sessions with tied times', generated, catalogueOf(framework)],
    ['generated sessions, no framework copy', generated, new Map()],
  ] as const) {
    it.each(filterSets)(`gives exactly what the events give: ${name}, %s`, (_label, filters) => {
      const rows = inIndexOrder([...events]);
      const rollups = [...rollupsOf(shuffled(rows)).values()].map((r) => structuredClone(r));
      expect(aggregateRollups(rollups, filters, catalogue)).toEqual(aggregate(rows, filters, catalogue));
    });
  }

  it('counts a damaged rollup apart instead of failing', () => {
    const rollups = [...rollupsOf(inIndexOrder(GOLDEN_EVENTS)).values()];
    const v = aggregateRollups([...rollups, null, { id: 'x', start: 1 }, { ...rollups[0]!, prompts: ['a', 'b'] }], { from: '2025-01-01', to: '2025-12-31', training: false }, golden);
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
  // Entries within a rollup follow the order events were applied in, which does not matter.
  const byKey = (list: unknown, stride: number) => {
    const flat = list as (string | number)[];
    const entries = Array.from({ length: flat.length / stride }, (_, i) => flat.slice(i * stride, (i + 1) * stride));
    return entries.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  };
  const normal = (rows: Record<string, unknown>[]): Record<string, unknown>[] =>
    rows.map((r): Record<string, unknown> => ({ ...r, prompts: byKey(r.prompts, 7), options: byKey(r.options, 4), guidance: byKey(r.guidance, 4) })).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const stored = async () => normal((await db.auditSessions.toArray()).filter((r) => r.id !== ROLLUPS_BUILT.id).map((r) => decodeRollup(r) as unknown as Record<string, unknown>));
  const expected = async () => normal([...rollupsOf(await db.auditEvents.toArray()).values()] as unknown as Record<string, unknown>[]);
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
    expect(await db.auditEvents.count()).toBe(6);
    expect(await stored()).toEqual(await expected());
    expect(decodeRollup(await db.auditSessions.get('session-1'))).toMatchObject({ id: 'session-1', events: 6, finished: 1, inserted: 1, prompts: ['faith-importance', 'faith', 'declined', at - 3000, 'event-3', at - 4000, 'event-2'] });
  });

  it('the importer builds and extends rollups in the file’s transaction; clearing imported records recounts them', async () => {
    // Half of the golden events recorded here, so sessions mix local and imported events.
    const local = GOLDEN_EVENTS.filter((_, i) => i % 2 === 0).map((e) => toRow(e, 'local'));
    await db.auditEvents.bulkAdd(local);
    expect(await ensureRollups(db)).toBe(true);
    expect(await ensureRollups(db)).toBe(false);
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
    expect(await db.auditEvents.where('origin').equals('imported').count()).toBe(0);
    expect(await stored()).toEqual(await expected());
  });

  it('the dashboard’s rollup read gives the same view as the event read', async () => {
    await db.auditEvents.bulkAdd(GOLDEN_EVENTS.map((e, i) => toRow(e, i % 2 ? 'imported' : 'local')));
    await ensureRollups(db);
    for (const [, filters] of filterSets.slice(0, 8)) {
      expect(aggregateRollups(await readSessions(db, filters), filters, golden)).toEqual(aggregate(await readRows(db, filters), filters, golden));
    }
  });
});
