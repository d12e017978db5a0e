import type { CoplanDb } from '../db';
import { filterRange, type AuditFilters } from './filters';
import { DAY } from './london-time';
import { fromRow, type AuditEvent } from './schema';
import { readRollups, recountSessions } from './rollups';
import { summariseSessions } from './sessions';

/**
 * How far either side of the date range to read, so a session that began just before midnight on
 * the last day keeps its later events, and one that began before the range is recognised as such
 * (its session-started event is read) and left out. Care-planning conversations last hours, not days.
 */
export const SESSION_MARGIN_MS = DAY;

/**
 * The rows a view needs, straight from the [training+at] compound index: one key range per training
 * flag, so training rows are never even read unless asked for, and no row outside the dates is.
 */
export async function readRows(db: CoplanDb, filters: AuditFilters): Promise<unknown[]> {
  const { start, end } = filterRange(filters);
  const [lo, hi] = [start - SESSION_MARGIN_MS, end + SESSION_MARGIN_MS];
  const flags = filters.training ? [0, 1] : [0];
  const parts = await Promise.all(flags.map((t) => db.auditEvents.where('[training+at]').between([t, lo], [t, hi], true, false).toArray()));
  return parts.length === 1 ? parts[0]! : parts.flat();
}

/** The sessions' rollups a view needs, from the [training+start] index (see readRows for the margin). */
export function readSessions(db: CoplanDb, filters: AuditFilters): Promise<unknown[]> {
  return readRollups(db, filters, SESSION_MARGIN_MS);
}

/** How many records are held and the dates of the first and last, from the `at` index alone. */
export async function recordExtent(db: CoplanDb): Promise<{ count: number; first?: number; last?: number }> {
  const [count, first, last] = await Promise.all([db.auditEvents.count(), db.auditEvents.orderBy('at').first(), db.auditEvents.orderBy('at').last()]);
  return { count, first: first?.at, last: last?.at };
}

/** Removes what came from team members' files; records made on this device stay. */
export async function clearImported(db: CoplanDb): Promise<number> {
  return db.transaction('rw', db.auditEvents, db.auditSessions, async () => {
    const imported = db.auditEvents.where('origin').equals('imported');
    const sessions = new Set<string>();
    await imported.each((row) => { if (typeof row.sessionId === 'string') sessions.add(row.sessionId); });
    const removed = await imported.delete();
    // A session may hold events from both this device and a file: recount what is left of it.
    await recountSessions(db, [...sessions]);
    return removed;
  });
}

/** Every event of the sessions in view, checked through the schema, oldest first, for exports. */
export function eventsInView(rows: readonly unknown[], filters: AuditFilters): AuditEvent[] {
  const ids = new Set(summariseSessions(rows, filters).sessions.map((s) => s.id));
  const events: AuditEvent[] = [];
  for (const row of rows) {
    const event = ids.has((row as { sessionId?: string }).sessionId ?? '') ? fromRow(row) : undefined;
    if (event) events.push(event);
  }
  return events.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}
