import type { CoplanDb } from '../db';
import { aggregateDays, aggregateRollups, type AuditView, type PromptCatalogue } from './aggregate';
import { daysBetween } from './day-counts';
import { auditTablesOf, blocksOf, eventsOfSessions, observedPrompts, removeEvents } from './event-store';
import { filterRange, inView, type AuditFilters } from './filters';
import { readRollup } from './rollups';
import { fromRow, type AuditEvent } from './schema';

/**
 * The sessions' rollups a view needs, straight from the [training+start] index: one key range per
 * training flag, so training sessions are never even read unless asked for. A session belongs to
 * the day it started, so exactly the sessions that started in the range are read, with all their
 * events counted however late they ran.
 */
export async function readSessions(db: Pick<CoplanDb, 'auditSessions'>, filters: AuditFilters): Promise<unknown[]> {
  const { start, end } = filterRange(filters);
  const flags = filters.training ? [0, 1] : [0];
  const parts = await Promise.all(flags.map((t) => db.auditSessions.where('[training+start]').between([t, start], [t, end], true, false).toArray()));
  return parts.length === 1 ? parts[0]! : parts.flat();
}

/**
 * The dashboard's tables for the filters: added up from the day counts of the days in view, or,
 * for one clinician or when a day count is damaged, from every rollup in view.
 */
export async function auditView(db: Pick<CoplanDb, 'auditSessions' | 'auditDays' | 'auditPrompts'>, filters: AuditFilters, catalogue: PromptCatalogue): Promise<AuditView> {
  const [days, observed] = await Promise.all([filters.clinician ? [] : daysBetween(db.auditDays, filters.from, filters.to, filters.training), observedPrompts(db)]);
  return aggregateDays(days, filters, catalogue, observed) ?? aggregateRollups(await readSessions(db, filters), filters, catalogue, observed);
}

/** How many sessions are held and when the first and last began, from the [training+start] index alone. */
export async function recordExtent(db: Pick<CoplanDb, 'auditSessions'>): Promise<{ count: number; first?: number; last?: number }> {
  const index = (t: number) => db.auditSessions.where('[training+start]').between([t, -Infinity], [t, Infinity]);
  const [count, ...ends] = await Promise.all([db.auditSessions.count(), ...[0, 1].flatMap((t) => [index(t).first(), index(t).last()])]);
  const starts = ends.flatMap((r) => (r ? [r.start] : []));
  return count ? { count, first: Math.min(...starts), last: Math.max(...starts) } : { count };
}

/** Removes what came from team members' files; records made on this device stay. */
export async function clearImported(db: CoplanDb): Promise<number> {
  return db.transaction('rw', auditTablesOf(db), async () =>
    removeEvents(db, await blocksOf(db, 'imported'), () => true));
}

/** Every event of the sessions in view, checked through the schema, oldest first, for exports. */
export async function eventsInView(db: CoplanDb, filters: AuditFilters): Promise<AuditEvent[]> {
  const show = inView(filters);
  const ids = (await readSessions(db, filters)).map(readRollup).filter((r) => r && show(r)).map((r) => r!.id);
  const events: AuditEvent[] = [];
  for (const row of await eventsOfSessions(db, ids)) {
    const event = fromRow(row);
    if (event) events.push(event);
  }
  return events.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

