import type { CoplanDb, StoredRow } from '../db';
import { STATUSES, type Status } from '../session/statuses';
import { OPTION_OUTCOMES } from './schema';
import type { ObservedPrompts, SessionSummary } from './sessions';
import type { AuditFilters } from './filters';
import { filterRange, inView } from './filters';

// One row per audited session in `auditSessions`, kept in step with `auditEvents` in the same
// Dexie transaction by the recorder, the importer and "Clear imported records", so the dashboard
// reads a few thousand sessions through [training+start] instead of a million events.
// Applying events is order-independent and reproduces summariseSessions exactly: ties in time are
// broken by event id, as the [training+at] index orders them.

// Entries are kept flat (one array of strings and numbers per kind, a fixed number of slots per
// entry) rather than as an array per entry: a million small arrays cost far more to store and read.
/** Slots per prompt: promptId, domainId, latest status, its time and event id, first time and event id. */
const P = 7;
/** Slots per option: optionId, latest outcome, its time and event id. */
const O = 4;
/** Slots per guidance domain: domainId ('' when not opened from a prompt), times opened, first time and event id. */
const G = 4;
type Flat = (string | number)[];

const STRIDE = { prompts: P, options: O, guidance: G } as const;

// Tried: storing each list as one string. Chromium then hands rows over twice as fast, but
// splitting them back costs more than that saves, so the lists stay arrays.
function decodeList(value: unknown, kind: keyof typeof STRIDE): Flat | undefined {
  return Array.isArray(value) && value.length % STRIDE[kind] === 0 ? (value as Flat) : undefined;
}

/** A stored row as a working rollup, or undefined when damaged. */
export function decodeRollup(row: unknown): SessionRollup | undefined {
  const r = row as Partial<Record<keyof SessionRollup, unknown>> | undefined;
  if (!r || !str(r.id) || typeof r.start !== 'number' || !str(r.clinician) || !str(r.team) || !str(r.frameworkId) || !str(r.frameworkVersion)) return undefined;
  const prompts = decodeList(r.prompts, 'prompts');
  const options = decodeList(r.options, 'options');
  const guidance = decodeList(r.guidance, 'guidance');
  if (!prompts || !options || !guidance) return undefined;
  return { ...(r as SessionRollup), prompts, options, guidance };
}
const toStore = (rows: Iterable<SessionRollup>) => Array.from(rows) as unknown as (StoredRow & { start: number })[];
const find = (list: Flat, key: string, stride: number) => {
  for (let i = 0; i < list.length; i += stride) if (list[i] === key) return i;
  return -1;
};

export interface SessionRollup {
  id: string;
  /** The session-started time (earliest if several), else the earliest event's. */
  start: number;
  started: 0 | 1;
  /** 0 or 1, as on events: IndexedDB cannot index booleans. */
  training: 0 | 1;
  /** The earliest event (time, then id), whose clinician, team and framework the session takes. */
  firstAt: number;
  firstId: string;
  clinician: string;
  team: string;
  frameworkId: string;
  frameworkVersion: string;
  events: number;
  finished: 0 | 1;
  inserted: number;
  copied: number;
  failed: number;
  warnings: number;
  searches: number;
  /** Events of this session that were damaged and left out of every count. */
  skipped: number;
  /** Flat, P slots an entry. */
  prompts: Flat;
  /** Flat, O slots an entry. */
  options: Flat;
  /** Flat, G slots an entry. */
  guidance: Flat;
}

/** Written once every event has a rollup; missing (a database from before rollups, or just cleared) means rebuild. */
export const ROLLUPS_BUILT = { id: '~rollups-built-v1', start: -1 } as const;

const STATUS_SET = new Set<string>(STATUSES);
const OUTCOME_SET = new Set<string>(OPTION_OUTCOMES);
const str = (value: unknown): value is string => typeof value === 'string';
const before = (at: number, id: string, thanAt: number, thanId: string) => at < thanAt || (at === thanAt && id < thanId);

function newRollup(row: Record<string, unknown>, sessionId: string, at: number, id: string): SessionRollup | undefined {
  const { clinician, team, frameworkId, frameworkVersion } = row;
  if (!str(clinician) || !str(team) || !str(frameworkId) || !str(frameworkVersion)) return undefined;
  return {
    id: sessionId, start: at, started: 0, training: row.training === 1 || row.training === true ? 1 : 0, firstAt: at, firstId: id,
    clinician, team, frameworkId, frameworkVersion, events: 0, finished: 0, inserted: 0, copied: 0, failed: 0, warnings: 0, searches: 0, skipped: 0,
    prompts: [], options: [], guidance: [],
  };
}

/**
 * Adds one stored event row to its session's rollup (made when missing) in `into`. Returns false
 * for a row too damaged to belong to any session. Never apply the same event twice.
 */
export function applyEvent(into: Map<string, SessionRollup>, item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const row = item as Record<string, unknown>;
  const { sessionId, at, type } = row;
  const id = str(row.id) ? row.id : '';
  if (!str(sessionId) || typeof at !== 'number' || !str(type)) return false;
  let r = into.get(sessionId);
  if (!r) {
    const made = newRollup(row, sessionId, at, id);
    if (!made) return false;
    into.set(sessionId, (r = made));
  } else if (before(at, id, r.firstAt, r.firstId)) {
    const fresh = newRollup(row, sessionId, at, id);
    if (fresh) Object.assign(r, { firstAt: at, firstId: id, clinician: fresh.clinician, team: fresh.team, frameworkId: fresh.frameworkId, frameworkVersion: fresh.frameworkVersion, training: fresh.training });
  }
  r.events++;
  if (type === 'session-started') {
    r.start = r.started ? Math.min(r.start, at) : at;
    r.started = 1;
  } else if (!r.started && at < r.start) r.start = at;
  switch (type) {
    case 'prompt-status-set': {
      const { promptId, domainId, status } = row;
      if (!str(promptId) || !str(domainId) || !str(status) || !STATUS_SET.has(status)) { r.skipped++; break; }
      const i = find(r.prompts, promptId, P);
      const e = r.prompts;
      if (i < 0) e.push(promptId, domainId, status, at, id, at, id);
      else {
        if (!before(at, id, e[i + 3] as number, e[i + 4] as string)) [e[i + 2], e[i + 3], e[i + 4]] = [status, at, id];
        // The domain stays the one first seen, as summariseSessions keeps it.
        if (before(at, id, e[i + 5] as number, e[i + 6] as string)) [e[i + 1], e[i + 5], e[i + 6]] = [domainId, at, id];
      }
      break;
    }
    case 'option-set': {
      const { optionId, outcome } = row;
      if (!str(optionId) || !str(outcome) || !OUTCOME_SET.has(outcome)) { r.skipped++; break; }
      const i = find(r.options, optionId, O);
      const e = r.options;
      if (i < 0) e.push(optionId, outcome, at, id);
      else if (!before(at, id, e[i + 2] as number, e[i + 3] as string)) [e[i + 1], e[i + 2], e[i + 3]] = [outcome, at, id];
      break;
    }
    case 'guidance-opened': {
      const domain = str(row.domainId) ? row.domainId : '';
      const i = find(r.guidance, domain, G);
      const e = r.guidance;
      if (i < 0) e.push(domain, 1, at, id);
      else {
        (e[i + 1] as number)++;
        if (before(at, id, e[i + 2] as number, e[i + 3] as string)) [e[i + 2], e[i + 3]] = [at, id];
      }
      break;
    }
    case 'session-started': break;
    case 'session-finished': r.finished = 1; break;
    case 'search-run': r.searches++; break;
    case 'summary-inserted': r.inserted++; break;
    case 'summary-copied': r.copied++; break;
    case 'insertion-failed': r.failed++; break;
    case 'wrong-patient-warning': r.warnings++; break;
    default: r.skipped++;
  }
  return true;
}

/** Rollups from scratch for a set of event rows (any order). */
export function rollupsOf(rows: Iterable<unknown>): Map<string, SessionRollup> {
  const into = new Map<string, SessionRollup>();
  for (const row of rows) applyEvent(into, row);
  return into;
}

type RollupDb = Pick<CoplanDb, 'auditEvents' | 'auditSessions'>;
type SessionsTable = CoplanDb['auditSessions'];

/**
 * Adds new events (not yet counted) to their sessions' rollups. Call inside a transaction that
 * also writes the events, so both commit or neither does.
 */
export async function addToRollups(sessions: SessionsTable, rows: readonly unknown[]): Promise<void> {
  const ids = [...new Set(rows.map((r) => (r as { sessionId?: unknown }).sessionId).filter(str))];
  if (!ids.length) return;
  const held = await sessions.bulkGet(ids);
  const into = new Map<string, SessionRollup>();
  held.forEach((row, i) => {
    const rollup = decodeRollup(row);
    if (rollup) into.set(ids[i]!, rollup);
  });
  for (const row of rows) applyEvent(into, row);
  await sessions.bulkPut(toStore(into.values()));
}

/** Recounts the named sessions from their remaining events; sessions left with none lose their row. */
export async function recountSessions(db: RollupDb, sessionIds: readonly string[]): Promise<void> {
  if (!sessionIds.length) return;
  const rows = await db.auditEvents.where('sessionId').anyOf(sessionIds as string[]).toArray();
  const into = rollupsOf(rows);
  await db.auditSessions.bulkDelete(sessionIds.filter((id) => !into.has(id)) as string[]);
  await db.auditSessions.bulkPut(toStore(into.values()));
}

/**
 * Rebuilds every rollup from the events, for a database written before rollups existed (or whose
 * tables were cleared behind the dashboard's back). One transaction: the sidebar's recorder waits.
 */
export async function ensureRollups(db: RollupDb & Pick<CoplanDb, 'transaction'>): Promise<boolean> {
  if (await db.auditSessions.get(ROLLUPS_BUILT.id)) return false;
  await db.transaction('rw', db.auditEvents, db.auditSessions, async () => {
    if (await db.auditSessions.get(ROLLUPS_BUILT.id)) return;
    const into = new Map<string, SessionRollup>();
    await db.auditEvents.each((row) => { applyEvent(into, row); });
    await db.auditSessions.clear();
    await db.auditSessions.bulkPut([...toStore(into.values()), ROLLUPS_BUILT]);
  });
  return true;
}


/** The rollups a view needs, by [training+start], with the same margin the event read uses. */
export async function readRollups(db: Pick<CoplanDb, 'auditSessions'>, filters: AuditFilters, margin: number): Promise<unknown[]> {
  const { start, end } = filterRange(filters);
  const flags = filters.training ? [0, 1] : [0];
  const parts = await Promise.all(flags.map((t) => db.auditSessions.where('[training+start]').between([t, start - margin], [t, end + margin], true, false).toArray()));
  return parts.length === 1 ? parts[0]! : parts.flat();
}

const byRead = (a: SessionRollup, b: SessionRollup) => a.training - b.training || a.firstAt - b.firstAt || (a.firstId < b.firstId ? -1 : a.firstId > b.firstId ? 1 : 0);

/**
 * The same sessions, prompts seen and damaged count as summariseSessions gives for those
 * sessions' events, in the same order (the order the [training+at] index first shows them), so
 * every table comes out identical.
 */
export function summariseRollups(rollups: readonly unknown[], filters: AuditFilters) {
  const observed: ObservedPrompts = new Map();
  const valid: SessionRollup[] = [];
  let skipped = 0;
  for (const row of rollups) {
    const rollup = decodeRollup(row);
    if (rollup) {
      valid.push(rollup);
      skipped += Number(rollup.skipped) || 0;
    } else skipped++;
  }
  valid.sort(byRead);
  // Prompts the data shows, in the order their first events come, as the event pass adds them:
  // the earliest first sight per framework, domain and prompt, then those few sorted.
  const firsts = new Map<string, Map<string, Map<string, [number, number, string]>>>();
  const all = valid.map((row): SessionSummary => {
    const framework = `${row.frameworkId}@${row.frameworkVersion}`;
    let byDomain = firsts.get(framework);
    if (!byDomain) {
      firsts.set(framework, (byDomain = new Map()));
      observed.set(framework, new Map());
    }
    const prompts: SessionSummary['prompts'] = new Map();
    const e = row.prompts;
    for (let i = 0; i + P <= e.length; i += P) {
      const [promptId, domainId, at, firstAt, firstId] = [e[i] as string, e[i + 1] as string, e[i + 3] as number, e[i + 5] as number, e[i + 6] as string];
      prompts.set(promptId, { domainId, status: e[i + 2] as Status, at });
      let byPrompt = byDomain.get(domainId);
      if (!byPrompt) byDomain.set(domainId, (byPrompt = new Map()));
      const seen = byPrompt.get(promptId);
      if (!seen || seen[0] > row.training || (seen[0] === row.training && before(firstAt, firstId, seen[1], seen[2]))) byPrompt.set(promptId, [row.training, firstAt, firstId]);
    }
    const options: SessionSummary['options'] = new Map();
    for (let i = 0; i + O <= row.options.length; i += O) options.set(row.options[i] as string, { outcome: row.options[i + 1] as string, at: row.options[i + 2] as number });
    const guidance: [string, number, number, string][] = [];
    for (let i = 0; i + G <= row.guidance.length; i += G) guidance.push(row.guidance.slice(i, i + G) as [string, number, number, string]);
    guidance.sort((a, b) => a[2] - b[2] || (a[3] < b[3] ? -1 : 1));
    return {
      id: row.id, start: row.start, clinician: row.clinician, team: row.team, framework, training: row.training === 1,
      finished: row.finished === 1, inserted: row.inserted, copied: row.copied, failed: row.failed, warnings: row.warnings, searches: row.searches,
      prompts, options, guidance: new Map(guidance.map(([d, n]) => [d, n])),
    };
  });
  for (const [framework, byDomain] of firsts) {
    const list: [string, string, number, number, string][] = [];
    for (const [domainId, byPrompt] of byDomain) for (const [promptId, [t, at, id]] of byPrompt) list.push([domainId, promptId, t, at, id]);
    list.sort((a, b) => a[2] - b[2] || a[3] - b[3] || (a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0));
    const domains = observed.get(framework)!;
    for (const [domainId, promptId] of list) {
      let ids = domains.get(domainId);
      if (!ids) domains.set(domainId, (ids = new Set()));
      ids.add(promptId);
    }
  }
  const sessions = all.filter(inView(filters));
  return { sessions, observed, skipped };
}
