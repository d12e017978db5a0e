import { describe, expect, it } from 'vitest';
import { auditFileText, importAuditFile } from '../../core/audit/exchange';
import { addEvents, recordEvents } from '../../core/audit/event-store';
import { toRow, type AuditEvent } from '../../core/audit/schema';
import { clearImported } from '../../core/audit/store';
import { CoplanDb, SCHEMA_HISTORY } from '../../core/db';
import { sessionTalliesOf } from '../../core/equality/session-tallies';
import { readTally, type Tally } from '../../core/equality/tallies';
import { feedbackFileText, importFeedbackFile } from '../../core/feedback/exchange';
import type { FeedbackRow } from '../../core/feedback/schema';
import { saveFeedback } from '../../core/feedback/store';
import { feedbackTalliesOf } from '../../core/feedback/tallies';
import { prng } from '../bench/prng';

// The equality view reads sessions and feedback as tallies per period and team (issue 16's
// 1-second budget over 1,000,000 events and 100,000 responses). These tests hold the tallies to
// what they count: whichever way events and responses arrive (recorded one by one, late, merged
// from files, the same file twice, removed again, or held by a database that upgrades), the stored
// tallies are exactly the tallies of the rollups and rows held.

const NOW = Date.parse('2026-11-12T10:00:00Z');
/** After every generated session, for merging their usage records. */
const LATER = Date.parse('2026-12-01T10:00:00Z');
let n = 0;
const fresh = () => new CoplanDb(`feedback-tallies-${++n}`);
const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text });

/** Random rows over two weeks and two teams, some by carers, with answers left out at random. */
function randomRows(seed: number, count: number): FeedbackRow[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(seed * 1000 + i).padStart(12, '0')}`,
    week: pick(['2026-11-02', '2026-11-09']), team: pick(['team-north', 'team-south']), carer: random() < 0.3 ? 1 : 0, training: random() < 0.1 ? 1 : 0,
    framework: 'coplan-core@1.0.0',
    scores: ['listened', Math.floor(random() * 6), ...(random() < 0.5 ? ['respected', Math.floor(random() * 6)] : [])],
    equality: [...(random() < 0.8 ? ['ethnicity', pick(['A', 'H', 'M', 'not-stated'])] : []), ...(random() < 0.5 ? ['sex', pick(['female', 'male'])] : [])],
  }));
}

/** Events of `count` sessions over three months and two teams, with equality answers and participants at random. */
function randomSessions(seed: number, count: number): AuditEvent[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  let n = 0;
  return Array.from({ length: count }, (_, s) => {
    const sessionId = `session-${seed}-${s}`;
    const base = { clinician: 'clinician-a', team: pick(['team-north', 'team-south']), sessionId, frameworkId: 'coplan-core', frameworkVersion: '1.0.0', training: random() < 0.1 };
    // Sessions near a month's end, some running past midnight into the next month.
    let at = Date.parse(pick(['2026-09-30T22:30:00Z', '2026-10-31T23:40:00Z', '2026-11-15T10:00:00Z']));
    const next = (e: object) => ({ ...base, ...e, id: `e-${seed}-${++n}`, at: (at += 600_000) }) as AuditEvent;
    return [
      next({ type: 'session-started' }),
      ...(random() < 0.8 ? [next({ type: 'equality-recorded', answers: { ethnicity: pick(['A', 'M', 'N']), sex: pick(['female', 'male']) } })] : []),
      next({ type: 'participants-set', interpreter: random() < 0.5, advocate: random() < 0.5 }),
      next({ type: 'prompt-status-set', domainId: pick(['faith', 'migration']), promptId: 'p-1', status: pick(['explored', 'declined']) }),
      next({ type: 'option-set', optionId: 'home-treatment', outcome: pick(['discussed', 'not-discussed']) }),
    ];
  }).flat();
}

/** A tally as plain counts, so two tallies that met their measures in another order compare equal. */
const counted = (tallies: readonly unknown[]) =>
  Object.fromEntries(tallies.map((raw) => {
    const t = readTally(raw)!;
    const cells = Object.entries(t.counts).flatMap(([key, counts]) => counts.flatMap((c, i) => (c ? [[`${key}|${t.measures[i]}`, c]] : [])));
    return [t.id, Object.fromEntries(cells.sort())];
  }).filter(([, cells]) => Object.keys(cells as object).length));

describe('equality tallies', () => {
  it('counts every response once per category, with its carer flag and the statements agreed with', () => {
    const [tally] = feedbackTalliesOf([
      { id: '00000000-0000-4000-8000-000000000001', week: '2026-11-09', team: 'team-north', carer: 1, training: 0, framework: 'coplan-core@1.0.0', scores: ['listened', 5, 'respected', 2], equality: ['ethnicity', 'M'] },
      { id: '00000000-0000-4000-8000-000000000002', week: '2026-11-09', team: 'team-north', carer: 0, training: 0, framework: 'coplan-core@1.0.0', scores: ['listened', 4, 'respected', 0], equality: [] },
    ]);
    expect(counted([tally])).toEqual({
      '0|2026-11-09|team-north': expect.objectContaining({
        'ethnicity|M|responses': 1, 'ethnicity|M|carers': 1, 'ethnicity|M|agree:listened': 1,
        'ethnicity||responses': 1, 'ethnicity||agree:listened': 1,
        'sex||responses': 2, 'sex||carers': 1, 'sex||agree:listened': 2,
      }),
    });
    expect(JSON.stringify(tally)).not.toContain('respected');
  });

  it('keeps the stored tallies equal to the tallies of the rows held, however the rows arrive', async () => {
    for (const seed of [1, 2, 3]) {
      const db = fresh();
      const rows = randomRows(seed, 60);
      const [page, fileA, fileB] = [rows.slice(0, 10), rows.slice(10, 40), rows.slice(25)];
      for (const row of page) {
        const scores = Object.fromEntries(Array.from({ length: row.scores.length / 2 }, (_, k) => [row.scores[2 * k], row.scores[2 * k + 1]]));
        const equality = Object.fromEntries(Array.from({ length: row.equality.length / 2 }, (_, k) => [row.equality[2 * k], row.equality[2 * k + 1]]));
        const stamp = { team: row.team, framework: row.framework, training: row.training === 1, now: Date.parse(`${row.week}T12:00:00Z`), id: row.id };
        expect(await saveFeedback(db, { carer: row.carer === 1, scores, equality }, stamp)).toBe(true);
        // The page sending twice (a double press) is still one response.
        await saveFeedback(db, { carer: row.carer === 1, scores, equality }, stamp);
      }
      // Two files that overlap, one of them merged twice.
      for (const part of [fileA, fileB, fileA]) expect(await importFeedbackFile(db, file('f.json', await feedbackFileText(part, NOW)))).toMatchObject({ ok: true });
      expect(await db.feedback.count()).toBe(rows.length);
      expect(counted(await db.feedbackTallies.toArray()), `seed ${seed}`).toEqual(counted(feedbackTalliesOf(rows)));
      db.close();
    }
  });

  it('leaves the tallies untouched when a file is refused', async () => {
    const db = fresh();
    const rows = randomRows(4, 20);
    await importFeedbackFile(db, file('a.json', await feedbackFileText(rows.slice(0, 10), NOW)));
    const before = await db.feedbackTallies.toArray();
    const bad = [...rows.slice(10), { ...rows[0]!, carer: rows[0]!.carer ? 0 : 1 } as FeedbackRow];
    expect(await importFeedbackFile(db, file('b.json', await feedbackFileText(bad, NOW)))).toMatchObject({ ok: false });
    expect(await db.feedbackTallies.toArray()).toEqual(before);
  });

  it('keeps the session tallies equal to the tallies of the rollups held, as events arrive, late, merged or removed', async () => {
    const db = fresh();
    const events = randomSessions(6, 12);
    // Recorded one by one in a shuffled order, so a session's first event (and the month it started in) can come last.
    const random = prng(7);
    const fromFile = (e: AuditEvent) => Number(e.sessionId.split('-').at(-1)) % 3 === 0;
    const local = events.filter((e) => !fromFile(e)).sort(() => random() - 0.5);
    for (const e of local) await recordEvents(db, [toRow(e, 'local')]);
    // A team member's file of other sessions.
    const text = await auditFileText(events.filter(fromFile), LATER);
    expect(await importAuditFile(db, file('team.json', text), LATER)).toMatchObject({ ok: true });
    // The same file again: every record already held, equality answers included (compared by content).
    expect(await importAuditFile(db, file('team.json', text), LATER)).toMatchObject({ ok: true, added: 0 });
    expect(counted(await db.sessionTallies.toArray())).toEqual(counted(sessionTalliesOf(await db.auditSessions.toArray())));
    await clearImported(db);
    expect(counted(await db.sessionTallies.toArray())).toEqual(counted(sessionTalliesOf(await db.auditSessions.toArray())));
    expect(Object.keys(counted(await db.sessionTallies.toArray())).length).toBeGreaterThan(1);
    db.close();
  });

  it('counts the sessions and responses a database already holds when it upgrades to tallies', async () => {
    const name = `tallies-upgrade-${++n}`;
    const before = new CoplanDb(name, SCHEMA_HISTORY.filter((s) => s.version <= 8));
    const rows = randomRows(5, 40);
    await before.feedback.bulkAdd([...rows, { ...rows[0]!, id: 'damaged' } as FeedbackRow]);
    // As a release before tallies recorded them: no tally table to keep in step.
    await before.transaction('rw', [before.auditBlocks, before.auditEventIds, before.auditSessions, before.auditPrompts], () =>
      addEvents(before, randomSessions(8, 6).map((e) => toRow(e, 'local'))));
    const rollups = await before.auditSessions.toArray();
    before.close();
    const after = new CoplanDb(name);
    expect(counted(await after.feedbackTallies.toArray())).toEqual(counted(feedbackTalliesOf(rows)));
    expect(counted(await after.sessionTallies.toArray())).toEqual(counted(sessionTalliesOf(rollups)));
    expect(rollups).toHaveLength(6);
    after.close();
  });

  it('reads no tally whose counts are not whole numbers', () => {
    const good: Tally = { id: '0|2026-11-09|t', period: '2026-11-09', team: 't', training: 0, measures: ['responses'], counts: { 'sex|male': [3] } };
    expect(readTally(good)).toBe(good);
    for (const counts of [{ 'sex|male': ['3'] }, { 'sex|male': [-1] }, { 'sex|male': [1, 2] }, { 'sex|male': 3 }]) expect(readTally({ ...good, counts })).toBeUndefined();
  });
});
