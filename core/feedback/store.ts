import type { CoplanDb } from '../db';
import { dayString, isoWeek, londonDayNumber } from '../audit/london-time';
import { flatAnswers, type EqualityAnswers } from '../equality/categories';
import { readFeedbackRow, type FeedbackRow } from './schema';
import { countNewRows } from './tallies';

/** What the person gave on the feedback page. */
export interface FeedbackAnswers {
  carer: boolean;
  /** Score per statement id: 1–5, or 0 for "Prefer not to say"; unanswered statements are left out. */
  scores: Record<string, number>;
  equality: EqualityAnswers;
}

export interface FeedbackStamp { team: string; framework: string; training: boolean; now: number; id: string }

/** The stored row: the week's Monday in place of the time, and nothing that names a session or clinician. */
export function feedbackRow(answers: FeedbackAnswers, stamp: FeedbackStamp): FeedbackRow | undefined {
  return readFeedbackRow({
    id: stamp.id,
    week: dayString(isoWeek(londonDayNumber(stamp.now)).monday),
    team: stamp.team,
    carer: answers.carer ? 1 : 0,
    training: stamp.training ? 1 : 0,
    framework: stamp.framework,
    scores: Object.entries(answers.scores).flat(),
    equality: flatAnswers(answers.equality),
  });
}

/** Stores one response and counts it in its week's tally; false when it does not pass the schema (nothing is stored then). */
export async function saveFeedback(db: Pick<CoplanDb, 'feedback' | 'feedbackTallies' | 'transaction'>, answers: FeedbackAnswers, stamp: FeedbackStamp): Promise<boolean> {
  const row = feedbackRow(answers, stamp);
  if (!row) return false;
  await db.transaction('rw', db.feedback, db.feedbackTallies, async () => {
    // Ids are random: one already held is this response stored before, never to be counted twice.
    if (await db.feedback.get(row.id)) return;
    await db.feedback.add(row);
    await countNewRows(db, [row]);
  });
  return true;
}

/** Rows given in weeks whose Monday falls from `from` to `to` (UK dates), as stored: read them through the schema. */
export function feedbackBetween(db: Pick<CoplanDb, 'feedback'>, from: string, to: string): Promise<unknown[]> {
  return db.feedback.where('week').between(from, to, true, true).toArray();
}
