import type { CoplanDb } from '../db';

const HOUR = 3_600_000;

/** Deletes session drafts not touched within the retention period; returns how many went. */
export async function purgeExpiredSessions(db: CoplanDb, now: number, retentionHours: number): Promise<number> {
  return db.sessions.where('updatedAt').below(now - retentionHours * HOUR).delete();
}
