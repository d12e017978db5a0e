import type { CoplanDb } from '../db';
import { changeTallies, talliesOf, type Contribution, type Tally } from '../equality/tallies';
import { AGREES, readFeedbackRow, type FeedbackRow } from './schema';

// Feedback counted per week and team for the equality view (core/equality/tallies.ts): how many
// responses, how many a carer gave and how many agreed with each statement. Counted only for
// rows not held before, in the transaction that adds them, so merging stays idempotent.

export const RESPONSES = 'responses';
export const CARERS = 'carers';
/** The measure id of agreeing with a statement. */
export const agreed = (statement: string) => `agree:${statement}`;

/** What one response counts in. */
export function feedbackContribution(row: FeedbackRow): Contribution {
  const measures = [RESPONSES];
  if (row.carer) measures.push(CARERS);
  for (let i = 0; i < row.scores.length; i += 2) if (AGREES(row.scores[i + 1] as number)) measures.push(agreed(row.scores[i] as string));
  return { training: row.training, period: row.week, team: row.team, equality: row.equality, measures };
}

/** Counts rows just added to the feedback table: call inside that transaction, with only the rows not held before. */
export function countNewRows(db: Pick<CoplanDb, 'feedbackTallies'>, rows: readonly FeedbackRow[]): Promise<void> {
  return changeTallies(db.feedbackTallies, rows.map(feedbackContribution));
}

/** Tallies of these rows alone (stored rows are read through the schema; damaged ones count nothing). */
export const feedbackTalliesOf = (rows: readonly unknown[]): Tally[] =>
  talliesOf(rows.flatMap((raw) => {
    const row = readFeedbackRow(raw);
    return row ? [feedbackContribution(row)] : [];
  }));
