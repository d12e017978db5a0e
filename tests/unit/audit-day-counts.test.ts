import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate, aggregateDays, aggregateRollups, catalogueOf, type PromptCatalogue } from '../../core/audit/aggregate';
import { dayCountsOf, readDayCount, type DayCount } from '../../core/audit/day-counts';
import { allEvents, addEvents, observedPrompts, recordEvents } from '../../core/audit/event-store';
import { auditFileText, importAuditFile } from '../../core/audit/exchange';
import type { AuditFilters } from '../../core/audit/filters';
import { toRow, type AuditEvent } from '../../core/audit/schema';
import { auditView, clearImported, readSessions } from '../../core/audit/store';
import { CoplanDb, SCHEMA_HISTORY } from '../../core/db';
import { loadBuiltInContent } from '../../scripts/content-loader';
import { generateEvents } from '../bench/audit-data';
import { prng } from '../bench/prng';
import { GOLDEN_EVENTS, GOLDEN_FRAMEWORK } from '../fixtures/audit/golden';

// The dashboard adds up day counts instead of reading every rollup in view (issue 20's 1.5 s budget
// over 1,000,000 events). These tests hold the day counts to what they count, as the equality
// tallies' tests do: whichever way events arrive (recorded one by one in any order, merged from
// files, the same file twice, removed again, or held by a database that upgrades), the stored day
// counts are exactly the day counts of the rollups held, and the view they give is exactly the view
// the rollups give, for every filter the dashboard answers from them.

const golden: PromptCatalogue = new Map([['coplan-core@1.0.0', new Map(Object.entries(GOLDEN_FRAMEWORK['1.0.0']))]]);
const { framework } = loadBuiltInContent(resolve(import.meta.dirname, '../../content'));
const NOW = Date.parse('2026-11-25T12:00:00Z');
let n = 0;
const fresh = () => new CoplanDb(`audit-day-counts-${++n}`);
const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text });

/** A day count's flat lists as sorted entries, so counts that met their entries in another order compare equal. */
function entries(list: (string | number)[], stride: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i += stride) out.push(JSON.stringify(list.slice(i, i + stride)));
  return out.sort();
}
const counted = (rows: readonly unknown[]) =>
  Object.fromEntries(rows.map((raw) => {
    const c = readDayCount(raw)!;
    return [c.id, { ...c, domains: entries(c.domains, 5), guidance: entries(c.guidance, 2), options: entries(c.options, 4), clinicians: entries(c.clinicians, 8) }];
  }));

/** Generated sessions over two teams' files: another team's sessions, some of them training. */
const teamEvents = (team: string, count: number) =>
  generateEvents(framework, count, NOW, 84, team).map((e) => ({ ...e, training: e.sessionId.endsWith('7') }) as AuditEvent);

const filterSets: [string, AuditFilters][] = [
  ['the default twelve weeks', { from: '2026-09-03', to: '2026-11-25', training: false }],
  ['with training', { from: '2026-09-03', to: '2026-11-25', training: true }],
  ['a week', { from: '2026-10-05', to: '2026-10-11', training: false }],
  ['one day', { from: '2026-10-20', to: '2026-10-20', training: true }],
  ['one team', { from: '2026-09-03', to: '2026-11-25', training: false, team: 'team-1' }],
  ['another team over a fortnight', { from: '2026-11-01', to: '2026-11-14', training: true, team: 'team-x1' }],
  ['a framework version', { from: '2026-09-03', to: '2026-11-25', training: false, framework: `${framework.id}@${framework.version}` }],
  ['a framework version not held', { from: '2026-09-03', to: '2026-11-25', training: false, framework: 'coplan-core@9.9.9' }],
  ['golden 2025', { from: '2025-01-01', to: '2025-12-31', training: true }],
  ['golden one team', { from: '2025-01-01', to: '2025-12-31', training: false, team: 'team-south' }],
  ['the BST change day', { from: '2025-03-30', to: '2025-03-30', training: false }],
  ['nothing held', { from: '2024-01-01', to: '2024-01-31', training: false }],
];

describe('dashboard day counts', () => {
  it('keep the stored day counts equal to the day counts of the rollups held, as events arrive, late, merged or removed', async () => {
    const db = fresh();
    // Recorded one by one in a shuffled order, so a session's first event (and the day it started on) can come last.
    const random = prng(3);
    const local = GOLDEN_EVENTS.filter((_, i) => i % 3).sort(() => random() - 0.5);
    for (const e of local) await recordEvents(db, [toRow(e, 'local')]);
    expect(counted(await db.auditDays.toArray())).toEqual(counted(dayCountsOf(await db.auditSessions.toArray())));
    // The rest of those sessions and another team's, from files, one of them twice.
    const golden = await auditFileText(GOLDEN_EVENTS.filter((_, i) => !(i % 3)), NOW);
    const other = await auditFileText(teamEvents('team-x1', 3_000), NOW);
    for (const [name, text] of [['golden.json', golden], ['team.json', other], ['team.json', other]] as const) {
      expect(await importAuditFile(db, file(name, text), NOW)).toMatchObject({ ok: true });
    }
    expect(counted(await db.auditDays.toArray())).toEqual(counted(dayCountsOf(await db.auditSessions.toArray())));
    // A refused file changes no day count.
    const before = await db.auditDays.toArray();
    expect(await importAuditFile(db, file('bad.json', other.replace('"team-x1"', '"team-x2"')), NOW)).toMatchObject({ ok: false });
    expect(await db.auditDays.toArray()).toEqual(before);
    await clearImported(db);
    const held = await db.auditSessions.toArray();
    expect(counted(await db.auditDays.toArray())).toEqual(counted(dayCountsOf(held)));
    expect(held.length).toBeGreaterThan(0);
    // Every session cleared away leaves no day count behind.
    expect(await db.auditDays.count()).toBe(dayCountsOf(held).length);
    db.close();
  });

  it('count the rollups a database already holds when it upgrades to day counts', async () => {
    const name = `audit-day-counts-upgrade-${++n}`;
    const before = new CoplanDb(name, SCHEMA_HISTORY.filter((s) => s.version <= 9));
    // As a release before day counts recorded them: no day-count table to keep in step.
    await before.transaction('rw', [before.auditBlocks, before.auditEventIds, before.auditSessions, before.auditPrompts, before.sessionTallies], () =>
      addEvents(before, GOLDEN_EVENTS.map((e) => toRow(e, 'local'))));
    const rollups = await before.auditSessions.toArray();
    before.close();
    const after = new CoplanDb(name);
    expect(rollups.length).toBeGreaterThan(1);
    expect(counted(await after.auditDays.toArray())).toEqual(counted(dayCountsOf(rollups)));
    after.close();
  });

  it('give exactly the view every rollup in view gives, for every filter but a clinician', async () => {
    const db = fresh();
    await recordEvents(db, [...GOLDEN_EVENTS, ...teamEvents('', 6_000), ...teamEvents('team-x1', 3_000)].map((e, i) => toRow(e, i % 2 ? 'imported' : 'local')));
    const [observed, events] = [await observedPrompts(db), await allEvents(db)];
    const catalogue = new Map([...golden, ...catalogueOf(framework)]);
    for (const [label, filters] of filterSets) {
      const fromRollups = aggregateRollups(await readSessions(db, filters), filters, catalogue, observed);
      expect(await auditView(db, filters, catalogue), label).toEqual(fromRollups);
      // And as every event counted afresh (the rollups' own proof, audit-rollups.test.ts).
      expect(fromRollups, label).toEqual(aggregate(events, filters, catalogue));
    }
    const all = await auditView(db, filterSets[1]![1], catalogue);
    expect(all.sessions).toBeGreaterThan(50);
    expect(all.clinicians.length).toBeGreaterThan(5);
    db.close();
  });

  it('leave a clinician, or a damaged day count, to the rollups', async () => {
    const db = fresh();
    await recordEvents(db, GOLDEN_EVENTS.map((e) => toRow(e, 'local')));
    const filters: AuditFilters = { from: '2025-01-01', to: '2025-12-31', training: true };
    const days = await db.auditDays.toArray();
    expect(aggregateDays(days, { ...filters, clinician: 'clinician-b' }, golden)).toBeUndefined();
    const damaged: DayCount = { ...days[0]!, clinicians: [...days[0]!.clinicians, 'x', -1, 0, 0, 0, 0, 0, 0] };
    expect(readDayCount(damaged)).toBeUndefined();
    expect(aggregateDays([...days.slice(1), damaged], filters, golden)).toBeUndefined();
    await db.auditDays.put(damaged);
    const observed = await observedPrompts(db);
    expect(await auditView(db, filters, golden)).toEqual(aggregateRollups(await readSessions(db, filters), filters, golden, observed));
    const oneClinician = { ...filters, clinician: 'clinician-b' };
    expect((await auditView(db, oneClinician, golden)).clinicians.map((c) => c.key)).toEqual(['clinician-b']);
    db.close();
  });
});
