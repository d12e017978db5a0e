import type { Table } from 'dexie';
import type { CoplanDb } from '../db';
import { recountSessions } from '../equality/session-tallies';
import { recountDays, type DayCount } from './day-counts';
import type { Tally } from '../equality/tallies';
import { addIds, readBuckets, releaseIds, type IdBucket } from './id-hashes';
import { groupBySession, rollupOf, type ObservedPrompts, type SessionRollup } from './rollups';
import type { AuditRow } from './schema';

// How audit events are kept. IndexedDB pays per row written (Chromium here: about 7,000 rows a
// second even with no index, so 100,000 events took 14 s with their indexes), so events are kept
// in blocks, one per session and origin (what this device recorded, what came from team members'
// files): importing 100,000 events writes about 1,500 rows. Three things stay in step with the
// blocks, in the same transaction:
// - auditEventIds: a hash of every event id held, in buckets (core/audit/id-hashes.ts), so an
//   import learns which of its ids may be held anywhere with one read per bucket, not one per event;
// - auditSessions: each session's rollup, worked out afresh from all of its events;
// - auditPrompts: the prompts events have shown per framework version, for versions the
//   dashboard has no copy of;
// - sessionTallies: the sessions counted per month and team for the equality view
//   (core/equality/session-tallies.ts);
// - auditDays: the rollups counted per London day, team and framework version for the dashboard
//   (core/audit/day-counts.ts).

export type Origin = AuditRow['origin'];
export interface EventBlock { id: string; sessionId: string; origin: Origin; events: AuditRow[] }
export interface PromptsSeen { framework: string; domains: [domainId: string, promptIds: string[]][] }

/** The audit tables, from the database or from an upgrade transaction. */
export interface AuditTables {
  auditBlocks: Table<EventBlock, string>;
  auditEventIds: Table<IdBucket, number>;
  auditSessions: Table<SessionRollup, string>;
  auditPrompts: Table<PromptsSeen, string>;
  /** Absent only in upgrades to versions before the table existed (the version that adds it counts every rollup). */
  sessionTallies?: Table<Tally, string>;
  /** Likewise absent before the version that adds it. */
  auditDays?: Table<DayCount, string>;
}

const ORIGINS: readonly Origin[] = ['local', 'imported'];
export const blockId = (origin: Origin, sessionId: string) => `${origin}:${sessionId}`;
const blockIdsOf = (sessionIds: Iterable<string>) => [...sessionIds].flatMap((s) => ORIGINS.map((o) => blockId(o, s)));

/** The stored events of these sessions, both origins. */
export async function eventsOfSessions(t: Pick<AuditTables, 'auditBlocks'>, sessionIds: Iterable<string>): Promise<AuditRow[]> {
  const blocks = await t.auditBlocks.bulkGet(blockIdsOf(sessionIds));
  return blocks.flatMap((b) => b?.events ?? []);
}

/** The stored events with these ids, wherever they are held: every block is read, so only for the rare case. */
export async function findEvents(t: Pick<AuditTables, 'auditBlocks'>, ids: ReadonlySet<string>): Promise<AuditRow[]> {
  const found: AuditRow[] = [];
  await t.auditBlocks.each((block) => {
    for (const e of block.events) if (ids.has(e.id)) found.push(e);
  });
  return found;
}

/** Every stored event (small databases and tests; the dashboard reads rollups). */
export async function allEvents(t: Pick<AuditTables, 'auditBlocks'>): Promise<AuditRow[]> {
  return (await t.auditBlocks.toArray()).flatMap((b) => b.events);
}

/**
 * Rewrites the rollups of these sessions from their events (given, or else read), the prompts
 * seen and the session tallies (from the rollups as held: given, or else read).
 */
async function recount(t: AuditTables, sessionIds: readonly string[], known?: Map<string, AuditRow[]>, held?: readonly unknown[]): Promise<void> {
  const events = known ?? groupBySession(await eventsOfSessions(t, sessionIds)).groups;
  const observed: ObservedPrompts = new Map();
  const rollups: SessionRollup[] = [];
  const empty: string[] = [];
  for (const id of sessionIds) {
    const rollup = rollupOf(id, events.get(id) ?? [], observed);
    if (rollup) rollups.push(rollup);
    else empty.push(id);
  }
  const { sessionTallies: tallies, auditDays: days } = t;
  const before = tallies || days ? (held ?? (await t.auditSessions.bulkGet([...sessionIds]))) : [];
  await Promise.all([
    t.auditSessions.bulkDelete(empty), t.auditSessions.bulkPut(rollups), notePrompts(t, observed),
    tallies && recountSessions(tallies, before, rollups), days && recountDays(days, before, rollups),
  ]);
}

/** Adds prompts newly seen to their framework's list (never removes: a version's prompts stay its own). */
async function notePrompts(t: AuditTables, observed: ObservedPrompts): Promise<void> {
  const frameworks = [...observed.keys()];
  if (!frameworks.length) return;
  const stored = await t.auditPrompts.bulkGet(frameworks);
  const changed: PromptsSeen[] = [];
  frameworks.forEach((framework, i) => {
    const domains = new Map((stored[i]?.domains ?? []).map(([d, ids]) => [d, [...ids]]));
    let grew = false;
    for (const [domainId, ids] of observed.get(framework)!) {
      const list = domains.get(domainId) ?? [];
      for (const id of ids) {
        if (list.includes(id)) continue;
        list.push(id);
        grew = true;
      }
      domains.set(domainId, list);
    }
    if (grew) changed.push({ framework, domains: [...domains] });
  });
  if (changed.length) await t.auditPrompts.bulkPut(changed);
}

/** The prompts events have shown per framework version, for the dashboard. */
export async function observedPrompts(t: Pick<AuditTables, 'auditPrompts'>): Promise<ObservedPrompts> {
  const rows = await t.auditPrompts.toArray();
  return new Map(rows.map((r) => [r.framework, new Map(r.domains.map(([d, ids]) => [d, new Set(ids)]))]));
}

/**
 * Stores events whose ids are already claimed (see id-hashes.ts) and recounts their sessions. Call
 * inside a transaction over every audit table, so all of it is written or none.
 */
export async function appendEvents(t: AuditTables, rows: readonly AuditRow[]): Promise<void> {
  const sessionIds = [...groupBySession(rows).groups.keys()];
  if (!sessionIds.length) return;
  const ids = blockIdsOf(sessionIds);
  // The rollups as held are read alongside the blocks, not after: recording a status change waits on this transaction.
  const [held, rollups] = await Promise.all([t.auditBlocks.bulkGet(ids), t.sessionTallies || t.auditDays ? t.auditSessions.bulkGet(sessionIds) : undefined]);
  // Each session's events from both origins, held and new, so rollups need no read-back.
  const all = new Map(sessionIds.map((s) => [s, [] as AuditRow[]]));
  const blocks = new Map<string, EventBlock>();
  held.forEach((block, i) => {
    if (!block) return;
    blocks.set(ids[i]!, block);
    all.get(block.sessionId)!.push(...block.events);
  });
  const written = new Map<string, EventBlock>();
  for (const row of rows) {
    const id = blockId(row.origin, row.sessionId);
    let block = written.get(id);
    if (!block) {
      const before = blocks.get(id);
      written.set(id, (block = { id, sessionId: row.sessionId, origin: row.origin, events: before ? [...before.events] : [] }));
    }
    block.events.push(row);
    all.get(row.sessionId)!.push(row);
  }
  await t.auditBlocks.bulkPut([...written.values()]);
  await recount(t, sessionIds, all, rollups);
}

/** Claims the ids and stores events known to be new (the recorder's fresh UUIDs, or an upgrade). */
export async function addEvents(t: AuditTables, rows: readonly AuditRow[]): Promise<void> {
  const ids = rows.map((r) => r.id);
  // Two awaits here, not one helper doing both: with that extra async level fake-indexeddb saw the
  // transaction commit early (PrematureCommitError), as Dexie follows native awaits only so deep.
  const held = await readBuckets(t.auditEventIds, ids);
  await addIds(t.auditEventIds, held, ids);
  await appendEvents(t, rows);
}

/** The tables a transaction that changes audit events must cover. */
export const auditTablesOf = (db: Required<AuditTables>) => [db.auditBlocks, db.auditEventIds, db.auditSessions, db.auditPrompts, db.sessionTallies, db.auditDays];

/** addEvents in a transaction of its own. */
export function recordEvents(db: Required<AuditTables> & Pick<CoplanDb, 'transaction'>, rows: readonly AuditRow[]): Promise<void> {
  return db.transaction('rw', auditTablesOf(db), () => addEvents(db, rows));
}

/**
 * Removes the events `drop` picks from these blocks (their ids are released, so the
 * same records can be imported again) and recounts those sessions. Returns how many were removed.
 */
export async function removeEvents(t: AuditTables, blocks: EventBlock[], drop: (row: AuditRow) => boolean): Promise<number> {
  const removed: string[] = [];
  const sessions = new Set<string>();
  const kept: EventBlock[] = [];
  const emptied: string[] = [];
  for (const block of blocks) {
    const keep: AuditRow[] = [];
    for (const e of block.events) {
      if (drop(e)) removed.push(e.id);
      else keep.push(e);
    }
    if (keep.length === block.events.length) continue;
    sessions.add(block.sessionId);
    if (keep.length) kept.push({ ...block, events: keep });
    else emptied.push(block.id);
  }
  if (!removed.length) return 0;
  await Promise.all([t.auditBlocks.bulkDelete(emptied), t.auditBlocks.bulkPut(kept), releaseIds(t.auditEventIds, removed)]);
  await recount(t, [...sessions]);
  return removed.length;
}

/** The blocks of one origin, by their key prefix (no index needed). */
export function blocksOf(t: Pick<AuditTables, 'auditBlocks'>, origin: Origin): Promise<EventBlock[]> {
  return t.auditBlocks.where(':id').startsWith(`${origin}:`).toArray();
}
