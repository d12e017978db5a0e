import { describe, expect, it } from 'vitest';
import { aggregate, type AuditView, type PromptCatalogue } from '../../core/audit/aggregate';
import type { AuditFilters } from '../../core/audit/filters';
import { toRow } from '../../core/audit/schema';
import { GOLDEN_EVENTS, GOLDEN_FRAMEWORK } from '../fixtures/audit/golden';

const catalogue: PromptCatalogue = new Map([['coplan-core@1.0.0', new Map(Object.entries(GOLDEN_FRAMEWORK['1.0.0']))]]);
const rows = GOLDEN_EVENTS.map((e) => toRow(e, 'local'));
const year: AuditFilters = { from: '2025-01-01', to: '2025-12-31', training: false };
const view = (filters: Partial<AuditFilters> = {}, input: readonly unknown[] = rows): AuditView => aggregate(input, { ...year, ...filters }, catalogue);
const domain = (v: AuditView, id: string) => v.domains.find((d) => d.domainId === id);

describe('aggregate: coverage', () => {
  it('counts every prompt of each session once, by the status it was last given, with untouched prompts left open', () => {
    const v = view();
    expect(v.sessions).toBe(5);
    expect(domain(v, 'faith')?.tally).toEqual({ explored: 3, 'not-relevant': 1, declined: 1, revisit: 0, open: 4 });
    expect(domain(v, 'language')?.tally).toEqual({ explored: 1, 'not-relevant': 0, declined: 2, revisit: 0, open: 2 });
  });

  it('counts a prompt set back to open as left open', () => {
    const early = view({ from: '2025-06-30', to: '2025-06-30' });
    expect(domain(early, 'faith')?.tally.open).toBe(2);
  });

  it('rates declining per domain against the prompts raised, not every prompt', () => {
    expect(domain(view(), 'faith')?.declinedRate).toBeCloseTo(1 / 5);
    expect(domain(view(), 'language')?.declinedRate).toBeCloseTo(2 / 3);
  });

  it('counts prompts of a framework version it has no copy of from the prompts the data shows', () => {
    const v = view({ framework: 'coplan-core@1.1.0' });
    expect(v.sessions).toBe(1);
    expect(domain(v, 'language')?.tally).toEqual({ explored: 1, 'not-relevant': 0, declined: 0, revisit: 0, open: 0 });
    expect(domain(v, 'faith')?.tally.declined).toBe(1);
  });
});

describe('aggregate: weeks and days in UK time', () => {
  const week = (v: AuditView, key: string) => v.weeks.find((w) => w.key === key);

  it('counts a session that runs past midnight into a new week in the week it started', () => {
    const v = view();
    expect(week(v, '2025-W13')).toMatchObject({ monday: '2025-03-24', sessions: 2 });
    expect(week(v, '2025-W14')?.sessions).toBe(0);
  });

  it('uses the UK date in summer time: 00:30 BST on a Monday is that Monday, not Sunday in UTC', () => {
    const v = view();
    expect(week(v, '2025-W27')?.sessions).toBe(1);
    expect(week(v, '2025-W26')?.sessions).toBe(0);
  });

  it('puts early January in the ISO week that began in December', () => {
    expect(week(view(), '2025-W01')).toMatchObject({ monday: '2024-12-30', sessions: 1 });
  });

  it('lists every week of the range, empty ones included, up to the ISO week holding the last day', () => {
    const keys = view().weeks.map((w) => w.key);
    expect(keys[0]).toBe('2025-W01');
    expect(keys.at(-1)).toBe('2026-W01');
    expect(keys).toHaveLength(53);
  });

  it('leaves out a session that started the day before the range, even with events inside it', () => {
    expect(view({ from: '2025-03-31', to: '2025-04-06' }).sessions).toBe(0);
    expect(view({ from: '2025-03-30', to: '2025-03-30' }).sessions).toBe(1);
  });
});

describe('aggregate: groups, options and activity', () => {
  it('compares clinicians, teams and framework versions', () => {
    const v = view();
    expect(v.clinicians.map((g) => [g.key, g.sessions])).toEqual([['clinician-a', 3], ['clinician-b', 2]]);
    expect(v.teams.map((g) => [g.key, g.sessions])).toEqual([['team-north', 3], ['team-south', 2]]);
    expect(v.frameworks.map((g) => [g.key, g.sessions, g.inserted])).toEqual([['coplan-core@1.0.0', 4, 1], ['coplan-core@1.1.0', 1, 1]]);
  });

  it('counts least-restrictive options by the last choice, leaving out ones set back to not discussed', () => {
    expect(view().options).toEqual([{ optionId: 'home-treatment', discussed: 0, preferred: 1, 'not-suitable': 0 }]);
  });

  it('counts sessions with a summary inserted or copied, searches and guidance opened per domain', () => {
    const v = view();
    expect(v).toMatchObject({ finished: 3, inserted: 2, copied: 1, searches: 1, guidanceOpened: 2 });
    expect(domain(v, 'faith')?.guidanceOpened).toBe(1);
    expect(domain(v, '')?.guidanceOpened).toBe(1);
  });

  it('leaves training sessions out unless asked for', () => {
    expect(view().sessions).toBe(5);
    expect(view({ training: true }).sessions).toBe(6);
    expect(domain(view({ training: true }), 'faith')?.tally.declined).toBe(2);
  });

  it('filters by team and by clinician', () => {
    expect(view({ team: 'team-south' }).sessions).toBe(2);
    expect(view({ clinician: 'clinician-b', team: 'team-north' }).sessions).toBe(1);
  });

  it('counts damaged rows apart instead of failing', () => {
    const v = view({}, [...rows, null, { id: 'x' }, { ...rows[1], type: 'made-up' }, { ...rows[1], status: 'maybe' }]);
    expect(v.skipped).toBe(4);
    expect(v.sessions).toBe(5);
  });
});
