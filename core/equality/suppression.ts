// Small-number suppression for every equality and feedback figure (issue 16): a count from 1 to 7
// is replaced by "*", every other count is rounded to the nearest 5 (0 stays 0), the "central
// suppression method" of NHS Digital's codonPython library. NHS England's current MHSDS publication code hides
// sub-national counts below 5 (0 too) and rounds the rest to 5, so this is never less strict on a
// count from 1 to 7; README.md ("Equality and feedback") cites both. On top of that, secondary
// suppression: wherever a reader could add up the other cells of a row or column and subtract
// them from its total, at least two cells of it are hidden, never exactly one.
// Pure and allocation-light: the dashboard runs it on every change of filters.

export const SUPPRESSED = '*';
/** A figure as shown: a rounded count, or "*". */
export type Shown = number | typeof SUPPRESSED;

/** Counts this small are never shown. */
export const isSmall = (count: number) => count >= 1 && count <= 7;
/** Nearest multiple of 5 (integers never fall half-way). */
export const roundTo5 = (count: number) => Math.round(count / 5) * 5;

/**
 * Relations of a table laid out flat in row-major order with `shape`: for each axis in `axes`,
 * one relation per line along that axis, listing its cells; the line's last cell is the total of
 * the others. Axes left out (such as overlapping measures, which add up to nothing) give none.
 */
export function linesAlong(shape: readonly number[], axes: readonly number[]): number[][] {
  const strides = shape.map((_, i) => shape.slice(i + 1).reduce((a, b) => a * b, 1));
  const size = shape.reduce((a, b) => a * b, 1);
  const lines: number[][] = [];
  for (const axis of axes) {
    const stride = strides[axis]!;
    const length = shape[axis]!;
    for (let start = 0; start < size; start++) {
      // A line starts at every cell whose index on this axis is 0.
      if (Math.floor(start / stride) % length !== 0) continue;
      lines.push(Array.from({ length }, (_, k) => start + k * stride));
    }
  }
  return lines;
}

/**
 * Which cells to hide: every small count, then, until nothing changes, one more cell in any
 * relation that hides exactly one (the smallest non-zero count left, so as little as possible is
 * lost; a zero only when nothing else is left, since a lone hidden zero is still recoverable).
 */
export function hiddenCells(counts: ArrayLike<number>, relations: readonly (readonly number[])[]): Uint8Array {
  const hidden = new Uint8Array(counts.length);
  for (let i = 0; i < counts.length; i++) if (isSmall(counts[i]!)) hidden[i] = 1;
  const relationsOf = new Map<number, number[]>();
  relations.forEach((cells, r) => {
    for (const c of cells) {
      const list = relationsOf.get(c);
      if (list) list.push(r);
      else relationsOf.set(c, [r]);
    }
  });
  const queue = relations.map((_, r) => r);
  while (queue.length) {
    const cells = relations[queue.pop()!]!;
    let count = 0;
    for (const c of cells) count += hidden[c]!;
    if (count !== 1) continue;
    let pick = -1;
    for (const c of cells) {
      if (hidden[c]) continue;
      const better = pick < 0 || (counts[c]! > 0 && (counts[pick]! === 0 || counts[c]! < counts[pick]!));
      if (better) pick = c;
    }
    if (pick < 0) continue;
    hidden[pick] = 1;
    queue.push(...relationsOf.get(pick)!);
  }
  return hidden;
}

/** The counts as shown: "*" for hidden cells, the rest rounded to the nearest 5. */
export function suppress(counts: ArrayLike<number>, relations: readonly (readonly number[])[]): Shown[] {
  const hidden = hiddenCells(counts, relations);
  return Array.from(counts, (count, i) => (hidden[i] ? SUPPRESSED : roundTo5(count)));
}

/** A share worked out from the shown figures, so it reveals nothing they do not; undefined if either is hidden or the base is 0. */
export function shownRate(part: Shown, whole: Shown): number | undefined {
  return part === SUPPRESSED || whole === SUPPRESSED || whole === 0 ? undefined : part / whole;
}
