import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { DayCount } from './audit/day-counts';
import type { EventBlock, PromptsSeen } from './audit/event-store';
import type { IdBucket } from './audit/id-hashes';
import type { SessionRollup } from './audit/rollups';
import type { FeedbackRow } from './feedback/schema';
import type { Tally } from './equality/tallies';

/** A row as stored; read it through SessionSchema, since old or damaged rows must not crash a view. */
export interface StoredSession {
  id: string;
  createdAt: number;
  updatedAt: number;
  [field: string]: unknown;
}

const V5_STORES = {
  sessions: 'id, updatedAt, createdAt',
  searchIndexes: 'contentVersion',
  auditEvents: 'id, at, type, sessionId, [training+at], origin',
  auditBlocks: 'id',
  auditEventIds: 'bucket',
  auditSessions: 'id, [training+start]',
  auditPrompts: 'framework',
  packs: 'id',
  packSections: 'id, packId',
  services: 'id, packId, kind',
};

/**
 * Every schema the database has had, oldest first. Entries are only ever appended, never edited,
 * so a database written by any earlier release upgrades in place.
 */
export const SCHEMA_HISTORY: { version: number; stores: Record<string, string | null>; upgrade?: (tx: Transaction) => Promise<void> }[] = [
  { version: 1, stores: { sessions: 'id, updatedAt, createdAt' } },
  // Search indexes are kept per content version, so the sidebar builds each one once.
  { version: 2, stores: { sessions: 'id, updatedAt, createdAt', searchIndexes: 'contentVersion' } },
  // Audit events (no free text) and trusts' content packs with what they bring.
  {
    version: 3,
    stores: {
      sessions: 'id, updatedAt, createdAt',
      searchIndexes: 'contentVersion',
      auditEvents: 'id, at, type, sessionId, [training+at]',
      packs: 'id',
      packSections: 'id, packId',
      services: 'id, packId, kind',
    },
  },
  // One summary row per audited session, so the dashboard reads sessions, not every event.
  {
    version: 4,
    stores: {
      sessions: 'id, updatedAt, createdAt',
      searchIndexes: 'contentVersion',
      auditEvents: 'id, at, type, sessionId, [training+at], origin',
      auditSessions: 'id, [training+start]',
      packs: 'id',
      packSections: 'id, packId',
      services: 'id, packId, kind',
    },
  },
  // Audit events move into blocks per session (writing a row per event was too slow to import a
  // team's files), with the ids they hold, slimmer rollups and the prompts each version showed.
  {
    version: 5,
    stores: V5_STORES,
    // The move's code loads only when an older database is opened; waitFor keeps the upgrade's
    // transaction open while it does.
    upgrade: async (tx) => {
      const { moveEventsToBlocks } = await Dexie.waitFor(import('./audit/move-to-blocks'));
      await moveEventsToBlocks(tx);
    },
  },
  // The per-event table goes once its rows have moved (Dexie deletes a table only in a later version).
  {
    version: 6,
    stores: { ...V5_STORES, auditEvents: null },
  },
  // The person's anonymous feedback (issue 16), by id (merging is idempotent) and by week.
  {
    version: 7,
    stores: { ...V5_STORES, auditEvents: null, feedback: 'id, week' },
  },
  // A trust's own language packs for the person's copy (issue 14), by pack id.
  {
    version: 8,
    stores: { ...V5_STORES, auditEvents: null, feedback: 'id, week', languagePacks: 'id' },
  },
  // Sessions counted per month and team, feedback per week and team (issue 16), so the equality
  // view reads a few dozen tallies, not every rollup and response; what is held is counted here.
  {
    version: 9,
    stores: { ...V5_STORES, auditEvents: null, feedback: 'id, week', languagePacks: 'id', sessionTallies: 'id, period', feedbackTallies: 'id, period' },
    upgrade: async (tx) => {
      const [{ sessionTalliesOf }, { feedbackTalliesOf }] = await Dexie.waitFor(Promise.all([import('./equality/session-tallies'), import('./feedback/tallies')]));
      await tx.table('sessionTallies').bulkPut(sessionTalliesOf(await tx.table('auditSessions').toArray()));
      await tx.table('feedbackTallies').bulkPut(feedbackTalliesOf(await tx.table('feedback').toArray()));
    },
  },
  // The dashboard's counts per London day, training flag, team and framework version (issue 20), so
  // its default view reads a few hundred rows, not every rollup; what is held is counted here.
  {
    version: 10,
    stores: { ...V5_STORES, auditEvents: null, feedback: 'id, week', languagePacks: 'id', sessionTallies: 'id, period', feedbackTallies: 'id, period', auditDays: 'id, [training+day]' },
    upgrade: async (tx) => {
      const { dayCountsOf } = await Dexie.waitFor(import('./audit/day-counts'));
      await tx.table('auditDays').bulkPut(dayCountsOf(await tx.table('auditSessions').toArray()));
    },
  },
  // Event ids kept as hashes in sorted arrays instead of text (issue 20: an import read and wrote
  // back every id held, so it slowed as the database grew); the table and its key stay the same.
  {
    version: 11,
    stores: { ...V5_STORES, auditEvents: null, feedback: 'id, week', languagePacks: 'id', sessionTallies: 'id, period', feedbackTallies: 'id, period', auditDays: 'id, [training+day]' },
    upgrade: async (tx) => {
      const { hashHeldIds } = await Dexie.waitFor(import('./audit/move-ids-to-hashes'));
      await hashHeldIds(tx.table('auditEventIds'));
    },
  },
];

/** The one database, on the extension origin (DESIGN.md rule 2); content scripts never open it. */
/** A serialised search index for one version of the guidance content. */
export interface StoredSearchIndex {
  contentVersion: string;
  index: unknown;
  /** Built-in content and installed packs as they were when the index was stored (core/guidance/library.ts). */
  packsKey?: string;
  /** Every section's card (no body) and its pack, so an open needs nothing else. */
  cards?: unknown[];
}

/** Rows the owning module writes and reads back through its own zod schema. */
export interface StoredRow {
  id: string;
  [field: string]: unknown;
}

export class CoplanDb extends Dexie {
  sessions!: EntityTable<StoredSession, 'id'>;
  searchIndexes!: EntityTable<StoredSearchIndex, 'contentVersion'>;
  /** core/audit: events (ids, counts, statuses and times, never free text) in blocks per session and origin. */
  auditBlocks!: Table<EventBlock, string>;
  /** core/audit: a hash of every event id held, in buckets, for deduplicating imports (core/audit/id-hashes.ts). */
  auditEventIds!: Table<IdBucket, number>;
  /** core/audit: per-session rollups of the events, kept in step with the blocks. */
  auditSessions!: Table<SessionRollup, string>;
  /** core/audit: the rollups counted per London day, training flag, team and framework version, kept in step with them. */
  auditDays!: Table<DayCount, string>;
  /** core/audit: the prompts events have shown, per framework version. */
  auditPrompts!: Table<PromptsSeen, string>;
  /** core/packs: one row per installed pack, with its metadata and counts. */
  packs!: EntityTable<StoredRow, 'id'>;
  packSections!: EntityTable<StoredRow & { packId: string }, 'id'>;
  services!: EntityTable<StoredRow & { packId: string }, 'id'>;
  /** core/feedback: anonymous feedback rows (no session, clinician or time finer than a week). */
  feedback!: Table<FeedbackRow, string>;
  /** core/equality: sessions counted per month and team, kept in step with the rollups. */
  sessionTallies!: Table<Tally, string>;
  /** core/feedback: the feedback rows counted per week and team, kept in step with them. */
  feedbackTallies!: Table<Tally, string>;
  /** core/copy: a trust's language packs for the person's copy, read back through their check. */
  languagePacks!: EntityTable<StoredRow, 'id'>;

  constructor(name = 'coplan', history = SCHEMA_HISTORY) {
    super(name);
    for (const { version, stores, upgrade } of history) {
      const schema = this.version(version).stores(stores);
      if (upgrade) schema.upgrade(upgrade);
    }
  }
}

let shared: CoplanDb | undefined;

/** The database every extension page shares. */
export function openDb(): CoplanDb {
  shared ??= new CoplanDb();
  return shared;
}
