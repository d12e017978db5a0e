import { describe, expect, it } from 'vitest';
import { hiddenCells, linesAlong, roundTo5, shownRate, suppress, SUPPRESSED, type Shown } from '../../core/equality/suppression';
import { prng } from '../bench/prng';

// Property tests over seeded random tables shaped like the equality view: groups (with an "all
// people" total) × measures × teams (with an "all teams" total). Each seed is a new table; a
// failure names its seed so it can be replayed.

interface Table { shape: number[]; counts: number[]; relations: number[][] }

/** A random table whose totals add up, with many small counts (the case suppression is for). */
function randomTable(seed: number): Table {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const [groups, measures, teams] = [1 + int(8), 1 + int(5), 1 + int(4)];
  const shape = [groups + 1, measures, teams + 1];
  const counts = new Array<number>(shape[0]! * shape[1]! * shape[2]!).fill(0);
  const at = (g: number, m: number, t: number) => (g * shape[1]! + m) * shape[2]! + t;
  for (let g = 0; g < groups; g++) {
    for (let m = 0; m < measures; m++) {
      for (let t = 0; t < teams; t++) {
        const kind = random();
        // A third zeros, a third small (1 to 9, around the threshold), a third anything up to 60.
        const value = kind < 0.33 ? 0 : kind < 0.66 ? 1 + int(9) : int(60);
        for (const cell of [at(g, m, t), at(groups, m, t), at(g, m, teams), at(groups, m, teams)]) counts[cell] = counts[cell]! + value;
      }
    }
  }
  return { shape, counts, relations: linesAlong(shape, [0, 2]) };
}

const SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);

describe('small-number suppression', () => {
  it('never shows a count from 1 to 7, and shows every other count rounded to a multiple of 5 within 2 of the truth', () => {
    for (const seed of SEEDS) {
      const { counts, relations } = randomTable(seed);
      const shown = suppress(counts, relations);
      shown.forEach((cell, i) => {
        if (counts[i]! >= 1 && counts[i]! <= 7) expect(cell, `seed ${seed}`).toBe(SUPPRESSED);
        if (cell === SUPPRESSED) return;
        expect(cell % 5, `seed ${seed}`).toBe(0);
        expect(Math.abs(cell - counts[i]!), `seed ${seed}`).toBeLessThanOrEqual(2);
        expect(cell >= 1 && cell <= 7).toBe(false);
      });
    }
  });

  it('never leaves a hidden cell that its row or column total gives away, even to a reader who knew every shown count exactly', () => {
    for (const seed of SEEDS) {
      const { counts, relations } = randomTable(seed);
      const shown = suppress(counts, relations);
      for (const cells of relations) {
        // Total minus the others recovers a cell exactly when it is the only one hidden.
        const hidden = cells.filter((c) => shown[c] === SUPPRESSED).length;
        expect(hidden === 1, `seed ${seed}: a relation hides exactly one cell`).toBe(false);
      }
    }
  });

  it('never lets a team’s hidden cell be worked out as all teams minus the other teams the filter offers', () => {
    for (const seed of SEEDS) {
      const { shape, counts, relations } = randomTable(seed);
      const shown = suppress(counts, relations);
      const [groups, measures, teams] = [shape[0]!, shape[1]!, shape[2]! - 1];
      const at = (g: number, m: number, t: number) => (g * measures + m) * (teams + 1) + t;
      for (let g = 0; g < groups; g++) {
        for (let m = 0; m < measures; m++) {
          for (let t = 0; t < teams; t++) {
            if (shown[at(g, m, t)] !== SUPPRESSED) continue;
            // The attack: the "all teams" view minus every other single-team view.
            const others = Array.from({ length: teams + 1 }, (_, u) => u).filter((u) => u !== t);
            const recoverable = others.every((u) => shown[at(g, m, u)] !== SUPPRESSED);
            expect(recoverable, `seed ${seed}`).toBe(false);
          }
        }
      }
    }
  });

  it('hides as little as it must: a table with no small count hides nothing', () => {
    const counts = [10, 20, 30, 0];
    expect(suppress(counts, [[0, 1, 2]])).toEqual([10, 20, 30, 0]);
  });

  it('hides a second cell, the smallest non-zero, when one small count would be the total minus the rest', () => {
    // 3 + 12 + 40 = 55: hiding only the 3 would leave 55 − 10 − 40 ≈ 5 for anyone to see.
    expect(suppress([3, 12, 40, 55], [[0, 1, 2, 3]])).toEqual([SUPPRESSED, SUPPRESSED, 40, 55]);
  });

  it('hides a zero only when nothing else is left to hide', () => {
    expect(hiddenCells([0, 0, 4, 4], [[0, 1, 2, 3]])).toEqual(new Uint8Array([0, 0, 1, 1]));
    expect(hiddenCells([8, 0, 10, 18], [[0, 1, 2, 3]])).toEqual(new Uint8Array([0, 0, 0, 0]));
  });

  it('works out shares from the shown figures only', () => {
    const shares: [Shown, Shown, number | undefined][] = [[10, 20, 0.5], [SUPPRESSED, 20, undefined], [10, SUPPRESSED, undefined], [0, 0, undefined]];
    for (const [part, whole, rate] of shares) expect(shownRate(part, whole)).toBe(rate);
    expect([0, 2, 3, 12, 13, 8].map(roundTo5)).toEqual([0, 0, 5, 10, 15, 10]);
  });

  it('lists one relation per line along each chosen axis, total last', () => {
    expect(linesAlong([2, 3], [0])).toEqual([[0, 3], [1, 4], [2, 5]]);
    expect(linesAlong([2, 3], [1])).toEqual([[0, 1, 2], [3, 4, 5]]);
  });
});
