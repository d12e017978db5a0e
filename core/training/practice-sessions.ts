import { liveQuery } from 'dexie';
import type { CoplanDb } from '../db';
import { restoreSession } from '../session/restore';

/** The practice session a debrief link points at: nothing clinical, only its id and label. */
export interface PracticeSession {
  id: string;
  label: string;
}

/**
 * Follows the most recently changed training session changed at or after `since`. The sidebar
 * writes sessions from its own frame; the demo page learns of them through Dexie's liveQuery,
 * which reaches every extension page, so it can offer "See the debrief" for the run just done.
 */
export function watchLatestPractice(db: CoplanDb, since: number, onChange: (latest: PracticeSession | undefined) => void): () => void {
  const query = liveQuery(async () => {
    const rows = await db.sessions.where('updatedAt').aboveOrEqual(since).reverse().toArray();
    for (const row of rows) {
      const restored = restoreSession(row);
      if (restored.ok && restored.session.training) return { id: restored.session.id, label: restored.session.label };
    }
    return undefined;
  });
  const subscription = query.subscribe({ next: onChange });
  return () => subscription.unsubscribe();
}
