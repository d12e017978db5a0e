import type { Tally } from '../../core/audit/aggregate';

// Plain-English numbers for the dashboard: whole numbers with thousands separators, shares as whole percentages.

export const count = (n: number) => n.toLocaleString('en-GB');
export const share = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 0);
/** '1 session', '2 sessions': a count with its noun agreeing (issue 18: not "Across 1 sessions"). */
export const counted = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;
export const countAndShare = (part: number, whole: number) => (whole > 0 ? `${count(part)} (${share(part, whole)}%)` : count(part));
export const slots = (t: Tally) => t.explored + t['not-relevant'] + t.declined + t.revisit + t.open;
export const raised = (t: Tally) => slots(t) - t.open;

/** '2025-03-31' → '31 Mar 2025'. */
export function dateLabel(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The row with the largest value, for summary sentences. */
export function largest<T>(rows: T[], value: (row: T) => number): T | undefined {
  return rows.reduce<T | undefined>((best, row) => (best === undefined || value(row) > value(best) ? row : best), undefined);
}
