import type { Tally } from '../../core/audit/aggregate';

// Plain-English numbers for the dashboard: whole numbers with thousands separators, shares as whole percentages.

export const count = (n: number) => n.toLocaleString('en-GB');
export const share = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 0);
/** '1 session', '2 sessions': a count with its noun agreeing (issue 18: not "Across 1 sessions"). */
export const counted = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;
export const countAndShare = (part: number, whole: number) => (whole > 0 ? `${count(part)} (${share(part, whole)}%)` : count(part));
export const slots = (t: Tally) => t.explored + t['not-relevant'] + t.declined + t.revisit + t.open;
export const raised = (t: Tally) => slots(t) - t.open;

/** A domain's progress in a typical session, as the sidebar says it: '2 of 5 explored', '1.5 of 5 explored'. */
export function typicalProgress(explored: number, prompts: number, sessions: number): string {
  if (sessions === 0) return '–';
  const mean = (n: number) => (Math.round((10 * n) / sessions) / 10).toLocaleString('en-GB');
  return `${mean(explored)} of ${mean(prompts)} explored`;
}

/** '2025-03-31' → '31 Mar 2025'. */
export function dateLabel(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The row with the largest value, for summary sentences. */
export function largest<T>(rows: T[], value: (row: T) => number): T | undefined {
  return rows.reduce<T | undefined>((best, row) => (best === undefined || value(row) > value(best) ? row : best), undefined);
}
