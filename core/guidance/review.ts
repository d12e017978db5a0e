import type { GuidanceSection } from './schema';

/** Today's date as YYYY-MM-DD in UTC, the form review dates are written in. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * True once a section's next review date has come: the content may be out of date (hazard H-04,
 * and the legal and charging statements that change with commencement orders, issue 15).
 * ISO dates compare correctly as strings.
 */
export function isDueForReview(section: Pick<GuidanceSection, 'nextReview'>, today: string = isoToday()): boolean {
  return section.nextReview !== undefined && section.nextReview <= today;
}
