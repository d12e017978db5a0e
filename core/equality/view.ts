import { agreed, CARERS, RESPONSES } from '../feedback/tallies';
import { groupingOf, type Grouping } from './groupings';
import { ADVOCATE, explored, INTERPRETER, OPTIONS, SESSIONS } from './session-tallies';
import { linesAlong, suppress, type Shown } from './suppression';
import { readTally, type Tally } from './tallies';

// The "Equality and feedback" view (issue 16): per group of people, how often each domain was
// explored, options discussed, an advocate or interpreter took part, and what feedback said.
// Every figure passes through suppression. Two rules stop one view being subtracted from another:
// - the period is a whole calendar quarter (the one holding the dashboard's end date), so two
//   periods are the same or do not overlap;
// - figures are for a team or all teams, never a clinician, framework version or training mix, and
//   all teams' figures are suppressed together with each team's, "all teams" being their total.

export interface Quarter { from: string; to: string; label: string }

/** The calendar quarter holding a UK date 'YYYY-MM-DD'. */
export function quarterOf(date: string): Quarter {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const q = Math.floor((month - 1) / 3);
  const pad = (n: number) => String(n).padStart(2, '0');
  const last = new Date(Date.UTC(year, 3 * q + 3, 0)).getUTCDate();
  return { from: `${year}-${pad(3 * q + 1)}-01`, to: `${year}-${pad(3 * q + 3)}-${pad(last)}`, label: `${year} Q${q + 1}` };
}

export interface Measure {
  id: string;
  label: string;
  /** The measure this one is a share of, if any. */
  of?: string;
}

/** One table: rows are groups then "All people", columns are measures; every cell suppressed. */
export interface EqualityTable { measures: Measure[]; rows: { key: string; label: string; cells: Shown[] }[] }

export interface EqualityView {
  grouping: Grouping;
  quarter: Quarter;
  team?: string;
  sessions: EqualityTable;
  feedback: EqualityTable;
}

export interface EqualityViewOptions {
  grouping?: string;
  /** The dashboard's end date; the view covers its quarter. */
  to: string;
  team?: string;
  /** Domain ids in framework order, with their names. */
  domains: readonly (readonly [id: string, title: string])[];
  /** Feedback statements in order, with their text. */
  statements: readonly (readonly [id: string, text: string])[];
}

/** Counts per group × measure × team, with an "all" slot last on the group and team axes. */
class Cube {
  readonly counts: Float64Array;
  constructor(readonly groups: number, readonly measures: number, readonly teams: number) {
    this.counts = new Float64Array((groups + 1) * measures * (teams + 1));
  }
  at(g: number, m: number, t: number) { return (g * this.measures + m) * (this.teams + 1) + t; }
  add(g: number, m: number, t: number, n = 1) {
    const { groups: G, teams: T, counts } = this;
    for (const i of [this.at(g, m, t), this.at(G, m, t), this.at(g, m, T), this.at(G, m, T)]) counts[i] = counts[i]! + n;
  }
  /** The slice for one team (or all, when undefined), suppressed over the whole cube. */
  table(measures: Measure[], rowsOf: readonly (readonly [string, string])[], team: number): EqualityTable {
    const shown = suppress(this.counts, linesAlong([this.groups + 1, this.measures, this.teams + 1], [0, 2]));
    const rows = [...rowsOf, ['all', 'All people'] as const].map(([key, label], g) => ({
      key, label, cells: measures.map((_, m) => shown[this.at(g, m, team)]!),
    }));
    return { measures, rows };
  }
}

function teamIndex(teams: Map<string, number>, team: unknown): number {
  const key = typeof team === 'string' ? team : '';
  let i = teams.get(key);
  if (i === undefined) teams.set(key, (i = teams.size));
  return i;
}

/** The months 'YYYY-MM' of a quarter, as session tallies name them: from and to inclusive. */
export const monthsOf = (quarter: Quarter) => [quarter.from.slice(0, 7), quarter.to.slice(0, 7)] as const;

/** Real (not training) tallies from `from` to `to`, with their teams given a place on the team axis. */
function realTallies(rows: readonly unknown[], from: string, to: string, teams: Map<string, number>): Tally[] {
  const out = [];
  for (const raw of rows) {
    const tally = readTally(raw);
    if (!tally || tally.training || tally.period < from || tally.period > to) continue;
    out.push(tally);
    teamIndex(teams, tally.team);
  }
  return out;
}

/** One table: the tallies' counts added up per group of the grouping, per measure and team, then suppressed. */
function tableOf(measures: Measure[], tallies: readonly Tally[], grouping: Grouping, teams: ReadonlyMap<string, number>, slot: number): EqualityTable {
  const groupIndex = new Map(grouping.groups.map(([key], i) => [key, i]));
  const measureIndex = new Map(measures.map((m, i) => [m.id, i]));
  const cube = new Cube(grouping.groups.length, measures.length, teams.size);
  const prefix = `${grouping.category}|`;
  for (const tally of tallies) {
    const t = teams.get(tally.team)!;
    // Where each of the tally's measures goes in the table (a statement no longer asked goes nowhere).
    const to = tally.measures.map((m) => measureIndex.get(m));
    for (const [key, counts] of Object.entries(tally.counts)) {
      if (!key.startsWith(prefix)) continue;
      const g = groupIndex.get(grouping.groupOf(key.slice(prefix.length) || undefined));
      if (g === undefined) continue;
      counts.forEach((n, i) => {
        if (n && to[i] !== undefined) cube.add(g, to[i], t, n);
      });
    }
  }
  return cube.table(measures, grouping.groups, slot);
}

/**
 * The view from the session tallies of the quarter's months and the feedback tallies of its weeks
 * (core/equality/tallies.ts), as stored.
 */
export function equalityView(sessionTallies: readonly unknown[], feedbackTallies: readonly unknown[], options: EqualityViewOptions): EqualityView {
  const grouping = groupingOf(options.grouping);
  const quarter = quarterOf(options.to);
  const teams = new Map<string, number>();
  if (options.team) teams.set(options.team, 0);
  const sessions = realTallies(sessionTallies, ...monthsOf(quarter), teams);
  const feedback = realTallies(feedbackTallies, quarter.from, quarter.to, teams);

  // The framework's domains in order, then any other domain sessions explored (an older framework version's).
  const titles = new Map(options.domains);
  const domainIds = new Set(titles.keys());
  for (const t of sessions) for (const m of t.measures) if (m.startsWith(explored(''))) domainIds.add(m.slice(explored('').length));
  const sessionMeasures: Measure[] = [
    { id: SESSIONS, label: 'Sessions' },
    ...[...domainIds].map((id) => ({ id: explored(id), label: `${titles.get(id) ?? id}: explored`, of: SESSIONS })),
    { id: OPTIONS, label: 'Least-restrictive options discussed', of: SESSIONS },
    { id: ADVOCATE, label: 'Advocate took part', of: SESSIONS },
    { id: INTERPRETER, label: 'Interpreter used', of: SESSIONS },
  ];
  const feedbackMeasures: Measure[] = [
    { id: RESPONSES, label: 'Responses' },
    { id: CARERS, label: 'Given by a carer', of: RESPONSES },
    ...options.statements.map(([id, text]) => ({ id: agreed(id), label: `Agreed: ${text}`, of: RESPONSES })),
  ];
  // The team asked for, or the "all teams" slot.
  const slot = options.team ? teams.get(options.team)! : teams.size;
  return {
    grouping, quarter, team: options.team,
    sessions: tableOf(sessionMeasures, sessions, grouping, teams, slot),
    feedback: tableOf(feedbackMeasures, feedback, grouping, teams, slot),
  };
}
