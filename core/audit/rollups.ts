import { flatAnswers, type EqualityAnswers } from '../equality/categories';
import { STATUSES } from '../session/statuses';
import { OPTION_OUTCOMES } from './schema';

// One row per audited session in `auditSessions`, worked out afresh from that session's events
// whenever they change (core/audit/event-store.ts), so the dashboard reads a few thousand small
// sessions through [training+start] instead of a million events. A rollup holds only what the
// dashboard counts: per domain, how many prompts were last left at each status, not the prompts
// themselves; which prompts a framework version has is kept once per version (ObservedPrompts).
// Entries are flat arrays of strings and small numbers: IndexedDB hands those over far faster
// than an object or array per entry (measured in Chromium: 16,000 rollups in about a third of the time).

/** Statuses counted per domain, in this order; 'open' is what is left of the domain's prompts. */
export const MARKED = ['explored', 'not-relevant', 'declined', 'revisit'] as const;
/** Slots per domain entry: domainId, then one count per MARKED status. */
export const D = 1 + MARKED.length;

export interface SessionRollup {
  id: string;
  /** The session-started time (earliest if several), else the earliest event's. */
  start: number;
  /** 0 or 1, as on events: IndexedDB cannot index booleans. */
  training: 0 | 1;
  /** From the session's earliest event (time, then id). */
  clinician: string;
  team: string;
  /** `frameworkId@version`. */
  framework: string;
  events: number;
  finished: 0 | 1;
  inserted: number;
  copied: number;
  failed: number;
  warnings: number;
  searches: number;
  /** Events of this session that were damaged and left out of every count. */
  skipped: number;
  /** Flat, D slots a domain: domainId and how many of its prompts were last set to each MARKED status. */
  domains: (string | number)[];
  /** Flat, 2 slots an option: optionId and its latest outcome. */
  options: string[];
  /** Flat, 2 slots a domain guidance was opened from ('' when not from a prompt): domainId, times opened. */
  guidance: (string | number)[];
  /** Flat, 2 slots a category: the person's latest equality answers as codes (absent on rollups from before issue 16). */
  equality?: string[];
  /** Whether an interpreter, and an advocate, took part by the session's latest record. */
  interpreter?: 0 | 1;
  advocate?: 0 | 1;
}

/** Prompt ids by domain per `frameworkId@version`, as events have shown them, in order of first sight. */
export type ObservedPrompts = Map<string, Map<string, Set<string>>>;

const STATUS_SET = new Set<string>(STATUSES);
const OUTCOME_SET = new Set<string>(OPTION_OUTCOMES);
const str = (value: unknown): value is string => typeof value === 'string';
type Row = Record<string, unknown>;
const idOf = (row: Row) => (str(row.id) ? row.id : '');
const byTime = (a: Row, b: Row) => (a.at as number) - (b.at as number) || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);
const flatList = (value: unknown, stride: number) => Array.isArray(value) && value.length % stride === 0;

/**
 * One session's rollup from all of its events (any order; ties in time are broken by event id),
 * adding the prompts it marked to `observed`. Undefined when no event of it is readable.
 */
export function rollupOf(sessionId: string, rows: readonly unknown[], observed?: ObservedPrompts): SessionRollup | undefined {
  const events: Row[] = [];
  let skipped = 0;
  for (const row of rows) {
    if (typeof row === 'object' && row !== null && typeof (row as Row).at === 'number' && str((row as Row).type)) events.push(row as Row);
    else skipped++;
  }
  events.sort(byTime);
  // The session takes its clinician, team and framework from its earliest readable event.
  const first = events.find((e) => str(e.clinician) && str(e.team) && str(e.frameworkId) && str(e.frameworkVersion));
  if (!first) return undefined;
  const framework = `${first.frameworkId as string}@${first.frameworkVersion as string}`;
  const r: SessionRollup = {
    id: sessionId, start: events[0]!.at as number, training: first.training === 1 || first.training === true ? 1 : 0,
    clinician: first.clinician as string, team: first.team as string, framework,
    events: events.length, finished: 0, inserted: 0, copied: 0, failed: 0, warnings: 0, searches: 0, skipped,
    domains: [], options: [], guidance: [], equality: [], interpreter: 0, advocate: 0,
  };
  let started = false;
  // Later events overwrite earlier ones, so each prompt and option ends at its latest value.
  const prompts = new Map<string, [domainId: string, status: string]>();
  const options = new Map<string, string>();
  const guidance = new Map<string, number>();
  for (const e of events) {
    if (e.type === 'session-started' && !started) [r.start, started] = [e.at as number, true];
    switch (e.type) {
      case 'prompt-status-set': {
        const { promptId, domainId, status } = e;
        if (!str(promptId) || !str(domainId) || !str(status) || !STATUS_SET.has(status)) { r.skipped++; break; }
        // The domain stays the one first seen for the prompt.
        prompts.set(promptId, [prompts.get(promptId)?.[0] ?? domainId, status]);
        break;
      }
      case 'option-set':
        if (!str(e.optionId) || !str(e.outcome) || !OUTCOME_SET.has(e.outcome)) r.skipped++;
        else options.set(e.optionId, e.outcome);
        break;
      case 'guidance-opened': {
        const domain = str(e.domainId) ? e.domainId : '';
        guidance.set(domain, (guidance.get(domain) ?? 0) + 1);
        break;
      }
      case 'equality-recorded': {
        const answers = e.answers && typeof e.answers === 'object' ? (e.answers as EqualityAnswers) : undefined;
        if (answers) r.equality = flatAnswers(answers);
        else r.skipped++;
        break;
      }
      case 'participants-set':
        [r.interpreter, r.advocate] = [e.interpreter === true ? 1 : 0, e.advocate === true ? 1 : 0];
        break;
      case 'session-started': break;
      // Kept as events for the exports; the dashboard does not count agendas yet.
      case 'agenda-set': break;
      case 'session-finished': r.finished = 1; break;
      // A reopened session counts as finished only once it is finished again.
      case 'session-reopened': r.finished = 0; break;
      case 'search-run': r.searches++; break;
      case 'summary-inserted': r.inserted++; break;
      // Each undo takes back the insert just before it, so a session whose only insert was undone counts as not inserted.
      case 'summary-insert-undone': r.inserted = Math.max(0, r.inserted - 1); break;
      case 'summary-copied': r.copied++; break;
      case 'insertion-failed': r.failed++; break;
      case 'wrong-patient-warning': r.warnings++; break;
      default: r.skipped++;
    }
  }
  const counts = new Map<string, number[]>();
  let seen = observed?.get(framework);
  if (observed && !seen) observed.set(framework, (seen = new Map()));
  for (const [promptId, [domainId, status]] of prompts) {
    let domainSeen = seen?.get(domainId);
    if (seen && !domainSeen) seen.set(domainId, (domainSeen = new Set()));
    domainSeen?.add(promptId);
    let c = counts.get(domainId);
    if (!c) counts.set(domainId, (c = [0, 0, 0, 0]));
    const slot = MARKED.indexOf(status as (typeof MARKED)[number]);
    if (slot >= 0) c[slot]!++;
  }
  for (const [domainId, c] of counts) r.domains.push(domainId, ...c);
  for (const [optionId, outcome] of options) r.options.push(optionId, outcome);
  for (const [domainId, n] of guidance) r.guidance.push(domainId, n);
  return r;
}

/** Rows by their session id; rows without one are counted apart, as they belong to no session. */
export function groupBySession<T>(rows: Iterable<T>): { groups: Map<string, T[]>; unattributed: number } {
  const groups = new Map<string, T[]>();
  let unattributed = 0;
  for (const row of rows) {
    const sessionId = (row as Row | null)?.sessionId;
    if (!str(sessionId)) { unattributed++; continue; }
    const list = groups.get(sessionId);
    if (list) list.push(row);
    else groups.set(sessionId, [row]);
  }
  return { groups, unattributed };
}

/** Every session's rollup from a set of event rows (any order), and the prompts they show. */
export function rollupsOf(rows: Iterable<unknown>): { rollups: SessionRollup[]; observed: ObservedPrompts; skipped: number } {
  const { groups, unattributed } = groupBySession(rows);
  let skipped = unattributed;
  const observed: ObservedPrompts = new Map();
  const rollups: SessionRollup[] = [];
  for (const [sessionId, list] of groups) {
    const rollup = rollupOf(sessionId, list, observed);
    if (rollup) rollups.push(rollup);
    else skipped += list.length;
  }
  return { rollups, observed, skipped };
}

/** A stored row as a rollup, or undefined when damaged (the dashboard counts it apart). */
export function readRollup(row: unknown): SessionRollup | undefined {
  const r = row as Partial<Record<keyof SessionRollup, unknown>> | null | undefined;
  if (!r || !str(r.id) || typeof r.start !== 'number' || !str(r.clinician) || !str(r.team) || !str(r.framework)) return undefined;
  if (!flatList(r.domains, D) || !flatList(r.options, 2) || !flatList(r.guidance, 2)) return undefined;
  return r as SessionRollup;
}
