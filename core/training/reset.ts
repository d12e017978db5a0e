import { auditTablesOf, removeEvents } from '../audit/event-store';
import type { CoplanDb } from '../db';

/** How much practice data a reset removed, for the trainer's confirmation message. */
export interface ResetResult {
  sessions: number;
  events: number;
}

// IndexedDB cannot index booleans, so audit rows may carry the flag as 1; both forms count.
const isTraining = (row: Record<string, unknown>) => row.training === true || row.training === 1;

/**
 * Removes training sessions and training audit events, and nothing else, in one transaction: a
 * reset that fails part-way leaves everything as it was (issue 8: training data kept apart).
 */
export async function resetTrainingData(db: CoplanDb): Promise<ResetResult> {
  return db.transaction('rw', [db.sessions, ...auditTablesOf(db)], async () => {
    const sessions = await db.sessions.filter(isTraining).delete();
    // The dashboard's per-session rollups are recounted from the events that remain.
    const events = await removeEvents(db, await db.auditBlocks.toArray(), isTraining);
    return { sessions, events };
  });
}
