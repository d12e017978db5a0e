import { describe, expect, it } from 'vitest';
import type { WeekRow } from '../../core/audit/aggregate';
import { foldQuietWeeks } from '../../core/audit/quiet-weeks';

const week = (monday: string, sessions: number): WeekRow => ({ key: monday, monday, sessions, finished: 0, inserted: 0, tally: { explored: 0, 'not-relevant': 0, declined: 0, revisit: 0, open: 0 } });

describe('the weekly table', () => {
  it('folds two or more weeks in a row without sessions into one line, keeping a single quiet week', () => {
    const weeks = [week('2025-01-06', 0), week('2025-01-13', 0), week('2025-01-20', 0), week('2025-01-27', 2), week('2025-02-03', 0), week('2025-02-10', 1), week('2025-02-17', 0), week('2025-02-24', 0)];
    expect(foldQuietWeeks(weeks).map((line) => ('weeks' in line ? `${line.first}..${line.last} (${line.weeks})` : line.monday))).toEqual([
      '2025-01-06..2025-01-20 (3)',
      '2025-01-27',
      '2025-02-03',
      '2025-02-10',
      '2025-02-17..2025-02-24 (2)',
    ]);
  });

  it('leaves busy weeks as they are', () => {
    const weeks = [week('2025-01-06', 1), week('2025-01-13', 4)];
    expect(foldQuietWeeks(weeks)).toEqual(weeks);
  });
});
