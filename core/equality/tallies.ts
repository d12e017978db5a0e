import type { Table } from 'dexie';
import { CATEGORY_IDS } from './category-ids';

// Counts kept per period and team as records are stored, so the "Equality and feedback" view
// reads a few dozen small rows instead of every session and response of its quarter (issue 16's
// budget: within a second over 1,000,000 events and 100,000 responses; reading and checking those
// took tens of seconds on a loaded 2-core machine). A tally holds, for every equality category and
// the answer given to it ('' when none was), a count per measure, so every grouping the view
// offers adds up from it. Sessions are tallied by the London month they started in (quarters are
// whole months), feedback by the Monday of its week (as the rows are). A tally is written in the
// same transaction as what it counts.

export interface Tally {
  /** `training|period|team`. */
  id: string;
  /** 'YYYY-MM' for sessions, the week's Monday 'YYYY-MM-DD' for feedback. */
  period: string;
  team: string;
  training: 0 | 1;
  /** Measure ids, in the order of each count list. */
  measures: string[];
  /** Per `category|code`: a count per measure (a list may be shorter than the measures: the rest are 0). */
  counts: Record<string, number[]>;
}

export const tallyId = (training: 0 | 1, period: string, team: string) => `${training}|${period}|${team}`;

/** What one record adds to its tally: its place, its flat category/code answers and the measures it counts in. */
export interface Contribution { training: 0 | 1; period: string; team: string; equality: readonly string[] | undefined; measures: readonly string[] }

function slotOf(tally: Tally, measure: string): number {
  const at = tally.measures.indexOf(measure);
  return at >= 0 ? at : tally.measures.push(measure) - 1;
}

/** Adds (sign 1) or takes away (sign -1) one record's contribution. */
function apply(tally: Tally, c: Contribution, sign: 1 | -1): void {
  const slots = c.measures.map((m) => slotOf(tally, m));
  const answers = new Map<string, string>();
  const flat = c.equality ?? [];
  for (let i = 0; i < flat.length; i += 2) answers.set(flat[i]!, flat[i + 1]!);
  for (const category of CATEGORY_IDS) {
    const counts = (tally.counts[`${category}|${answers.get(category) ?? ''}`] ??= []);
    while (counts.length < tally.measures.length) counts.push(0);
    for (const slot of slots) counts[slot]! += sign;
  }
}

/**
 * Changes to tallies, starting from those held (by id): add and take away records, then write
 * `changed()`. Tallies of periods and teams not held are made.
 */
export class TallyChanges {
  private readonly changed = new Map<string, Tally>();
  constructor(private readonly held: ReadonlyMap<string, Tally>) {}

  apply(c: Contribution, sign: 1 | -1 = 1): void {
    const id = tallyId(c.training, c.period, c.team);
    let tally = this.changed.get(id);
    if (!tally) {
      tally = this.held.get(id) ?? { id, period: c.period, team: c.team, training: c.training, measures: [], counts: {} };
      this.changed.set(id, tally);
    }
    apply(tally, c, sign);
  }

  tallies(): Tally[] {
    return [...this.changed.values()];
  }
}

/** Tallies of these contributions alone. */
export function talliesOf(contributions: Iterable<Contribution>): Tally[] {
  const changes = new TallyChanges(new Map());
  for (const c of contributions) changes.apply(c);
  return changes.tallies();
}

/** The held tallies these contributions fall in, read and checked, by id. */
export async function heldTallies(table: Table<Tally, string>, contributions: readonly Contribution[]): Promise<Map<string, Tally>> {
  const ids = [...new Set(contributions.map((c) => tallyId(c.training, c.period, c.team)))];
  const held = new Map<string, Tally>();
  if (!ids.length) return held;
  for (const raw of await table.bulkGet(ids)) {
    const tally = readTally(raw);
    if (tally) held.set(tally.id, tally);
  }
  return held;
}

/** Adds and takes away contributions in a table of tallies: call inside the transaction that stores the records. */
export async function changeTallies(table: Table<Tally, string>, add: readonly Contribution[], remove: readonly Contribution[] = []): Promise<void> {
  if (!add.length && !remove.length) return;
  const changes = new TallyChanges(await heldTallies(table, [...add, ...remove]));
  for (const c of remove) changes.apply(c, -1);
  for (const c of add) changes.apply(c);
  await table.bulkPut(changes.tallies());
}

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;

/** Reads a stored tally; anything malformed (a count that is not a whole number from 0 up) gives undefined. */
export function readTally(raw: unknown): Tally | undefined {
  const t = raw as Partial<Tally> | null | undefined;
  if (!t || typeof t.id !== 'string' || typeof t.period !== 'string' || typeof t.team !== 'string' || (t.training !== 0 && t.training !== 1)) return undefined;
  if (!Array.isArray(t.measures) || !t.measures.every((m) => typeof m === 'string') || typeof t.counts !== 'object' || t.counts === null) return undefined;
  for (const counts of Object.values(t.counts)) if (!Array.isArray(counts) || counts.length > t.measures.length || !counts.every(isCount)) return undefined;
  return t as Tally;
}

/** Tallies whose period falls from `from` to `to` inclusive, as stored: read them through readTally. */
export function talliesBetween(table: Table<Tally, string>, from: string, to: string): Promise<unknown[]> {
  return table.where('period').between(from, to, true, true).toArray();
}
