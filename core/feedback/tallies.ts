import type { CoplanDb } from '../db';
import { CATEGORY_IDS } from '../equality/category-ids';
import { AGREES, readFeedbackRow, type FeedbackRow } from './schema';

// Feedback counted per week and team as it is stored (issue 16's budget: the equality view over
// 100,000 responses within a second). Reading and checking every response row took seconds on a
// 2-core machine; the view reads instead one tally per week and team of its quarter, a few
// hundred small rows. A tally keeps, for every category and the answer given to it, how many
// responses there were, how many a carer gave and how many agreed with each statement, so any
// grouping the view offers can be added up from it. Tallies are written in the same transaction
// as the rows they count, and only for rows not held before, so merging stays idempotent.

/** Measures counted per category and answer, besides the statements agreed with. */
export const RESPONSES = 'responses';
export const CARERS = 'carers';
/** The measure id of agreeing with a statement. */
export const agreed = (statement: string) => `agree:${statement}`;

export interface FeedbackTally {
  /** `training|week|team`: one tally per week and team, training apart. */
  id: string;
  /** The Monday (UK date) of the week, as on the rows. */
  week: string;
  team: string;
  training: 0 | 1;
  /** Measure ids, in the order of each count list. */
  measures: string[];
  /** Per `category|code` ('category|' when the person gave no answer to it): a count per measure. */
  counts: Record<string, number[]>;
}

const tallyIdOf = (row: Pick<FeedbackRow, 'training' | 'week' | 'team'>) => `${row.training}|${row.week}|${row.team}`;

/** Adds one response to its tally. */
function count(tally: FeedbackTally, row: FeedbackRow): void {
  const slots = [measureSlot(tally, RESPONSES)];
  if (row.carer) slots.push(measureSlot(tally, CARERS));
  for (let i = 0; i < row.scores.length; i += 2) if (AGREES(row.scores[i + 1] as number)) slots.push(measureSlot(tally, agreed(row.scores[i] as string)));
  const answers = new Map<string, string>();
  for (let i = 0; i < row.equality.length; i += 2) answers.set(row.equality[i]!, row.equality[i + 1]!);
  for (const category of CATEGORY_IDS) {
    const key = `${category}|${answers.get(category) ?? ''}`;
    const counts = (tally.counts[key] ??= []);
    while (counts.length < tally.measures.length) counts.push(0);
    for (const slot of slots) counts[slot]!++;
  }
}

function measureSlot(tally: FeedbackTally, measure: string): number {
  const at = tally.measures.indexOf(measure);
  return at >= 0 ? at : tally.measures.push(measure) - 1;
}

/** Adds `rows` into the tallies `held` (by id), making those of weeks and teams not held; gives the tallies changed. */
export function addToTallies(held: ReadonlyMap<string, FeedbackTally>, rows: readonly FeedbackRow[]): FeedbackTally[] {
  const changed = new Map<string, FeedbackTally>();
  for (const row of rows) {
    const id = tallyIdOf(row);
    let tally = changed.get(id);
    if (!tally) {
      tally = held.get(id) ?? { id, week: row.week, team: row.team, training: row.training, measures: [], counts: {} };
      changed.set(id, tally);
    }
    count(tally, row);
  }
  return [...changed.values()];
}

/** Tallies of these rows alone. */
export const talliesOf = (rows: readonly FeedbackRow[]) => addToTallies(new Map(), rows);

/**
 * Counts rows just added to the feedback table: call inside the transaction that adds them, with
 * only the rows that were not held before.
 */
export async function countNewRows(db: Pick<CoplanDb, 'feedbackTallies'>, rows: readonly FeedbackRow[]): Promise<void> {
  if (!rows.length) return;
  const ids = [...new Set(rows.map(tallyIdOf))];
  const held = new Map<string, FeedbackTally>();
  for (const tally of await db.feedbackTallies.bulkGet(ids)) {
    const read = readTally(tally);
    if (read) held.set(read.id, read);
  }
  await db.feedbackTallies.bulkPut(addToTallies(held, rows));
}

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
/** Reads a stored tally; anything malformed gives undefined. A count list may be shorter than the measures (a measure first seen later). */
export function readTally(raw: unknown): FeedbackTally | undefined {
  const t = raw as Partial<FeedbackTally> | null | undefined;
  if (!t || typeof t.id !== 'string' || typeof t.week !== 'string' || typeof t.team !== 'string' || (t.training !== 0 && t.training !== 1)) return undefined;
  if (!Array.isArray(t.measures) || !t.measures.every((m) => typeof m === 'string') || typeof t.counts !== 'object' || t.counts === null) return undefined;
  for (const counts of Object.values(t.counts)) if (!Array.isArray(counts) || counts.length > t.measures.length || !counts.every(isCount)) return undefined;
  return t as FeedbackTally;
}

/** Tallies of weeks whose Monday falls from `from` to `to` (UK dates), as stored: read them through readTally. */
export function talliesBetween(db: Pick<CoplanDb, 'feedbackTallies'>, from: string, to: string): Promise<unknown[]> {
  return db.feedbackTallies.where('week').between(from, to, true, true).toArray();
}

/** Tallies for every feedback row held: the database upgrade that brings tallies in counts the rows already stored. */
export function tallyAll(rows: readonly unknown[]): FeedbackTally[] {
  return talliesOf(rows.flatMap((raw) => readFeedbackRow(raw) ?? []));
}
