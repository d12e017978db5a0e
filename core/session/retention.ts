import type { CoplanDb } from '../db';

const HOUR = 3_600_000;

/** Deletes session drafts not touched within the retention period; returns how many went. */
export async function purgeExpiredSessions(db: CoplanDb, now: number, retentionHours: number): Promise<number> {
  return db.sessions.where('updatedAt').below(now - retentionHours * HOUR).delete();
}

/** When a draft last changed at `updatedAt` becomes due for the purge, if nothing changes it first. */
export function purgeDueAt(updatedAt: number, retentionHours: number): number {
  return updatedAt + retentionHours * HOUR;
}

/** At most this long before that time the sidebar warns (H-24: warn before purge). */
export const PURGE_WARNING_MS = 2 * HOUR;

/**
 * Whether a draft is close enough to its purge for the sidebar to warn: the last quarter of the
 * period, at most two hours, so a short period set by policy does not keep a warning up for good.
 */
export function purgeIsNear(now: number, updatedAt: number, retentionHours: number): boolean {
  return purgeDueAt(updatedAt, retentionHours) - now <= Math.min(PURGE_WARNING_MS, (retentionHours * HOUR) / 4);
}
