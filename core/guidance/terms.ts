/** Words, spelling distance and storage helpers for the guidance index; small enough to load with the sidebar. */

const STOP = new Set(
  'an and are as at be but by can do for from has have how if in into is it its not of on or so that the their them they this to was we what when where which who why will with you your'.split(' '),
);

/** Lower-cases and strips accents, so "Cafés" and "cafes" meet. */
export function foldTerm(word: string): string {
  const lower = word.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Calls `visit` with where each word of two or more characters starts and ends in `folded` (text
 * already passed through `foldTerm`): any run of non-letters separates them, so punctuation in
 * queries is harmless. A character loop with an ASCII fast path, because splitting on a Unicode
 * regex took 3.5× as long and tokenising is most of the cost of building the index.
 */
export function forEachWord(folded: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    const c = folded.charCodeAt(i);
    const inWord = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : (c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(folded[i]!);
    if (i < folded.length && inWord) continue;
    if (i - start > 1) visit(start, i);
    start = i + 1;
  }
}

/** Whether a folded word is too common to index or search for. */
export const isStopWord = (term: string) => STOP.has(term);

/** Terms of a text: its folded words but stop words. */
export function termsOf(text: string): string[] {
  const folded = foldTerm(text);
  const terms: string[] = [];
  forEachWord(folded, (start, end) => {
    const term = folded.slice(start, end);
    if (!isStopWord(term)) terms.push(term);
  });
  return terms;
}

// Endings a word gains or loses between how it is typed and how the guidance words it.
const SUFFIXES = ['s', 'es', 'ed', 'ing', 'er', 'ers', 'al', 'ity', 'ities', 'ion', 'ions', 'ment', 'ments', 'ly', 'ally'];

/**
 * Other forms of a word: its stems with each ending, so "interpreter" finds "interpreters", "sexual"
 * finds "sexuality" and "disagrees" finds "disagreement", without a stemmer's dictionary.
 */
export function wordForms(word: string): string[] {
  const stems = [word, ...SUFFIXES.filter((s) => word.endsWith(s) && word.length - s.length >= 3).map((s) => word.slice(0, -s.length))];
  return [...new Set(stems.flatMap((stem) => [stem, ...SUFFIXES.map((s) => stem + s)]))].filter((form) => form !== word);
}

/** First index in sorted `list[lo, hi)` not below `key`. */
export function lowerBound<T extends string | number>(list: ArrayLike<T>, key: T, lo = 0, hi = list.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Edit distance counting a swap of neighbours as one edit, to `term` whole and to its best prefix. */
export function distances(q: string, term: string, max: number): [whole: number, prefix: number] {
  const m = q.length;
  const n = Math.min(term.length, m + max);
  const rows = [Array.from({ length: n + 1 }, (_, j) => j)];
  for (let i = 1; i <= m; i++) {
    const row = [i];
    for (let j = 1; j <= n; j++) {
      const cost = q[i - 1] === term[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && q[i - 1] === term[j - 2] && q[i - 2] === term[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    if (Math.min(...row) > max) return [Infinity, Infinity];
    rows.push(row);
  }
  const last = rows[m]!;
  return [term.length <= n ? last[term.length]! : Infinity, Math.min(...last.slice(Math.max(0, m - max)))];
}
