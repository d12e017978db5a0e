import { beforeEach, describe, expect, it } from 'vitest';
import { recordEvents } from '../../core/audit/event-store';
import { eventRows } from '../fixtures/audit/tables';
import { aggregateRollups } from '../../core/audit/aggregate';
import { rollupsOf } from '../../core/audit/rollups';
import { defaultFilters, filterRange, filtersFromQuery, filtersToQuery, type AuditFilters } from '../../core/audit/filters';
import { toRow } from '../../core/audit/schema';
import { clearImported, eventsInView, readSessions, recordExtent } from '../../core/audit/store';
import { CoplanDb } from '../../core/db';
import { GOLDEN_EVENTS } from '../fixtures/audit/golden';

let db: CoplanDb;
let n = 0;
beforeEach(async () => {
  db = new CoplanDb(`audit-store-${++n}`);
  // Half recorded here, half imported, as on a team lead's computer.
  await recordEvents(db, GOLDEN_EVENTS.map((e, i) => toRow(e, i % 2 ? 'imported' : 'local')));
});
const day = (date: string): AuditFilters => ({ from: date, to: date, training: false });

describe('reading a view from the [training+start] index of session rollups', () => {
  const view = async (filters: AuditFilters) => aggregateRollups(await readSessions(db, filters), filters);

  it('counts a session that ran past midnight on the last day of the range, with its later events', async () => {
    const v = await view(day('2025-03-30'));
    expect(v.sessions).toBe(1);
    expect(v.domains.find((d) => d.domainId === 'faith')?.tally).toMatchObject({ explored: 1, 'not-relevant': 1 });
  });

  it('leaves out a session begun the evening before the range, though its events ran into it', async () => {
    expect(GOLDEN_EVENTS.some((e) => e.sessionId === 'session-bst-change-midnight' && e.at >= Date.parse('2025-03-30T23:00:00Z'))).toBe(true);
    expect(await readSessions(db, day('2025-03-31'))).toEqual([]);
    expect((await view(day('2025-03-31'))).sessions).toBe(0);
  });

  it('reads training sessions only when they are asked for', async () => {
    const march = { from: '2025-03-01', to: '2025-03-31' };
    expect((await readSessions(db, { ...march, training: false })).some((r) => (r as { training: number }).training === 1)).toBe(false);
    expect((await readSessions(db, { ...march, training: true })).some((r) => (r as { training: number }).training === 1)).toBe(true);
  });

  it('gives the events of the sessions in view, oldest first, for exports', async () => {
    const events = await eventsInView(db, day('2025-03-30'));
    expect(new Set(events.map((e) => e.sessionId))).toEqual(new Set(['session-bst-change-midnight']));
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort((a, b) => a - b));
    expect(events.length).toBe(GOLDEN_EVENTS.filter((e) => e.sessionId === 'session-bst-change-midnight').length);
  });

  it('tells how many sessions are held and when the first and last began', async () => {
    const { rollups } = rollupsOf(await eventRows(db));
    const starts = rollups.map((r) => r.start);
    expect(await recordExtent(db)).toEqual({ count: new Set(GOLDEN_EVENTS.map((e) => e.sessionId)).size, first: Math.min(...starts), last: Math.max(...starts) });
    expect(await recordExtent(new CoplanDb(`audit-store-empty-${n}`))).toEqual({ count: 0 });
  });

  it('clears only imported records, keeping those made on this computer', async () => {
    const removed = await clearImported(db);
    expect(removed).toBe(Math.floor(GOLDEN_EVENTS.length / 2));
    expect((await eventRows(db)).every((r) => r.origin === 'local')).toBe(true);
  });
});

describe('filters in the address', () => {
  const now = Date.parse('2026-11-25T10:00:00Z');

  it('round-trips through the query string, so a view can be bookmarked', () => {
    const filters: AuditFilters = { from: '2025-03-01', to: '2025-03-31', team: 'team-north', clinician: 'clinician-a', framework: 'coplan-core@1.0.0', training: true };
    expect(filtersFromQuery(filtersToQuery(filters), now)).toEqual(filters);
  });

  it('defaults to the last twelve weeks without training, ignoring anything malformed', () => {
    expect(defaultFilters(now)).toEqual({ from: '2026-09-03', to: '2026-11-25', training: false });
    expect(filtersFromQuery('?from=2025-02-30&to=yesterday&team=Team%20North&framework=x&training=yes', now)).toEqual({ ...defaultFilters(now), team: undefined, clinician: undefined, framework: undefined });
    expect(filtersFromQuery('?from=2025-04-01&to=2025-03-01', now).from).toBe('2026-09-03');
  });

  it('covers whole UK days, from midnight to midnight', () => {
    expect(filterRange(day('2025-03-30'))).toEqual({ start: Date.parse('2025-03-30T00:00:00Z'), end: Date.parse('2025-03-30T23:00:00Z') });
  });
});
