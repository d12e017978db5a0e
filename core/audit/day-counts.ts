import type { Table } from 'dexie';
import { dayString, londonDayNumber } from './london-time';
import { D, MARKED, readRollup, type SessionRollup } from './rollups';

// The dashboard's counts kept per London day, training flag, team and framework version (issue 20:
// the default view over 1,000,000 events within 1.5 s; reading and checking its 15,000 rollups
// took about 3 s in Chromium on a loaded 2-core machine). A day count holds the sums of what its
// sessions' rollups count, and per clinician the figures the clinicians' table shows, so every
// filter but the clinician one (which the dashboard answers from rollups) adds up from a few
// hundred rows to exactly what the rollups give. Like the equality tallies, a day count is written
// in the same transaction as the rollups it counts: whenever a rollup is written again, what the
// old one counted is taken away and the new one added. Entries are flat arrays (see rollups.ts).

/** Slots per clinician entry: clinician, sessions, finished, inserted, then one count per MARKED status. */
export const C = 4 + MARKED.length;
/** Option outcomes the dashboard counts (not-discussed is not counted), in the slots after each option id. */
export const COUNTED_OUTCOMES = ['discussed', 'preferred', 'not-suitable'] as const;
const O = 1 + COUNTED_OUTCOMES.length;

export interface DayCount {
  /** `training|day|team|framework`. */
  id: string;
  /** The London day 'YYYY-MM-DD' the sessions started on. */
  day: string;
  training: 0 | 1;
  team: string;
  framework: string;
  sessions: number;
  finished: number;
  /** Sessions with an insert left standing, and with a copy. */
  inserted: number;
  copied: number;
  failed: number;
  warnings: number;
  searches: number;
  skipped: number;
  /** Flat, D slots: domainId and its prompts last set to each MARKED status, summed. */
  domains: (string | number)[];
  /** Flat, 2 slots: domainId ('' when not from a prompt) and times guidance was opened. */
  guidance: (string | number)[];
  /** Flat, O slots: optionId and the sessions that left it at each COUNTED_OUTCOMES outcome. */
  options: (string | number)[];
  /** Flat, C slots per clinician. */
  clinicians: (string | number)[];
}

const SUMS = ['sessions', 'finished', 'inserted', 'copied', 'failed', 'warnings', 'searches', 'skipped'] as const;

export const dayCountId = (training: 0 | 1, day: string, team: string, framework: string) => `${training}|${day}|${team}|${framework}`;
export const dayOf = (r: SessionRollup) => dayString(londonDayNumber(r.start));

/** Adds `sign` × `counts` to the entry keyed `key` of a flat list of `stride` slots; drops an entry left all zero. */
function addEntry(list: (string | number)[], stride: number, key: string, counts: readonly number[], sign: 1 | -1): void {
  let at = -1;
  for (let i = 0; i < list.length; i += stride) if (list[i] === key) { at = i; break; }
  if (at < 0) {
    at = list.length;
    list.push(key, ...new Array<number>(stride - 1).fill(0));
  }
  let left = 0;
  for (let k = 0; k < stride - 1; k++) left += Math.abs((list[at + 1 + k] = (list[at + 1 + k] as number) + sign * (counts[k] ?? 0)) as number);
  if (!left) list.splice(at, stride);
}

/** Adds (sign 1) or takes away (sign -1) one session's rollup. */
function apply(c: DayCount, r: SessionRollup, sign: 1 | -1): void {
  const inserted = Number(r.inserted > 0);
  const figures: Record<(typeof SUMS)[number], number> = {
    sessions: 1, finished: Number(r.finished), inserted, copied: Number(r.copied > 0),
    failed: r.failed, warnings: r.warnings, searches: r.searches, skipped: Number(r.skipped) || 0,
  };
  for (const key of SUMS) c[key] += sign * figures[key];
  const marked = new Array<number>(MARKED.length).fill(0);
  for (let i = 0; i < r.domains.length; i += D) {
    const counts = r.domains.slice(i + 1, i + D) as number[];
    counts.forEach((n, k) => (marked[k]! += n));
    addEntry(c.domains, D, r.domains[i] as string, counts, sign);
  }
  for (let i = 0; i < r.guidance.length; i += 2) addEntry(c.guidance, 2, r.guidance[i] as string, [r.guidance[i + 1] as number], sign);
  for (let i = 0; i < r.options.length; i += 2) {
    const slot = COUNTED_OUTCOMES.indexOf(r.options[i + 1] as (typeof COUNTED_OUTCOMES)[number]);
    if (slot >= 0) addEntry(c.options, O, r.options[i]!, COUNTED_OUTCOMES.map((_, k) => Number(k === slot)), sign);
  }
  addEntry(c.clinicians, C, r.clinician, [1, Number(r.finished), inserted, ...marked], sign);
}

/**
 * Changes to day counts, starting from those held (by id): add and take away rollups, then write
 * `changed()` (counts left with no session are to be deleted: `emptied()`).
 */
export class DayChanges {
  private readonly changed = new Map<string, DayCount>();
  /** `held` is taken over: its counts are changed in place. */
  constructor(private readonly held: ReadonlyMap<string, DayCount> = new Map()) {}

  apply(r: SessionRollup, sign: 1 | -1 = 1): void {
    const day = dayOf(r);
    const id = dayCountId(r.training, day, r.team, r.framework);
    let c = this.changed.get(id);
    if (!c) {
      const held = this.held.get(id);
      c = held ?? {
        id, day, training: r.training, team: r.team, framework: r.framework,
        sessions: 0, finished: 0, inserted: 0, copied: 0, failed: 0, warnings: 0, searches: 0, skipped: 0,
        domains: [], guidance: [], options: [], clinicians: [],
      };
      this.changed.set(id, c);
    }
    apply(c, r, sign);
  }

  kept(): DayCount[] {
    return [...this.changed.values()].filter((c) => c.sessions > 0);
  }

  emptied(): string[] {
    return [...this.changed.values()].filter((c) => c.sessions <= 0).map((c) => c.id);
  }
}

/** Day counts of these rollups alone (stored rollups are read through readRollup; damaged ones count nowhere). */
export function dayCountsOf(rollups: readonly unknown[]): DayCount[] {
  const changes = new DayChanges();
  for (const raw of rollups) {
    const r = readRollup(raw);
    if (r) changes.apply(r);
  }
  return changes.kept();
}

/** Takes away what the sessions' rollups as held counted and adds what their new rollups count: call in the transaction that writes them. */
export async function recountDays(table: Table<DayCount, string>, before: readonly unknown[], after: readonly SessionRollup[]): Promise<void> {
  const old = before.flatMap((raw) => {
    const r = readRollup(raw);
    return r ? [r] : [];
  });
  if (!old.length && !after.length) return;
  const ids = [...new Set([...old, ...after].map((r) => dayCountId(r.training, dayOf(r), r.team, r.framework)))];
  const held = new Map<string, DayCount>();
  for (const raw of await table.bulkGet(ids)) {
    const c = readDayCount(raw);
    if (c) held.set(c.id, c);
  }
  const changes = new DayChanges(held);
  for (const r of old) changes.apply(r, -1);
  for (const r of after) changes.apply(r);
  await Promise.all([table.bulkPut(changes.kept()), table.bulkDelete(changes.emptied())]);
}

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
const flat = (list: unknown, stride: number) =>
  Array.isArray(list) && list.length % stride === 0 && list.every((v, i) => (i % stride ? isCount(v) : typeof v === 'string'));

/** Reads a stored day count; anything malformed gives undefined (the dashboard then reads rollups). */
export function readDayCount(raw: unknown): DayCount | undefined {
  const c = raw as Partial<DayCount> | null | undefined;
  if (!c || typeof c.id !== 'string' || typeof c.day !== 'string' || typeof c.team !== 'string' || typeof c.framework !== 'string' || (c.training !== 0 && c.training !== 1)) return undefined;
  if (!SUMS.every((key) => isCount(c[key])) || !flat(c.domains, D) || !flat(c.guidance, 2) || !flat(c.options, O) || !flat(c.clinicians, C)) return undefined;
  return c as DayCount;
}

/** The day counts from `from` to `to` (London days, inclusive) for these training flags, as stored. */
export async function daysBetween(table: Table<DayCount, string>, from: string, to: string, training: boolean): Promise<unknown[]> {
  const parts = await Promise.all((training ? [0, 1] : [0]).map((t) => table.where('[training+day]').between([t, from], [t, to], true, true).toArray()));
  return parts.flat();
}
