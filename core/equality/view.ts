import { D as STRIDE, readRollup } from '../audit/rollups';
import { dayNumberOf, londonMidnight } from '../audit/london-time';
import { agreed, CARERS, readTally, RESPONSES } from '../feedback/tallies';
import { answerIn, groupingOf, type Grouping } from './groupings';
import { linesAlong, suppress, type Shown } from './suppression';

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

/** The view from the quarter's session rollups and feedback tallies (core/feedback/tallies.ts), as stored. */
export function equalityView(rollupRows: readonly unknown[], feedbackTallies: readonly unknown[], options: EqualityViewOptions): EqualityView {
  const grouping = groupingOf(options.grouping);
  const quarter = quarterOf(options.to);
  const [start, end] = [londonMidnight(dayNumberOf(quarter.from)), londonMidnight(dayNumberOf(quarter.to) + 1)];
  const groupIndex = new Map(grouping.groups.map(([key], i) => [key, i]));
  const G = grouping.groups.length;
  const teams = new Map<string, number>();
  if (options.team) teams.set(options.team, 0);

  // Sessions: real ones that started in the quarter.
  const domainIds = new Map(options.domains.map(([id], i) => [id, i]));
  const sessions = [];
  for (const row of rollupRows) {
    const r = readRollup(row);
    if (!r || r.training || r.start < start || r.start >= end) continue;
    sessions.push(r);
    for (let i = 0; i < r.domains.length; i += STRIDE) if (!domainIds.has(r.domains[i] as string)) domainIds.set(r.domains[i] as string, domainIds.size);
  }
  const titles = new Map(options.domains);
  const sessionMeasures: Measure[] = [
    { id: 'sessions', label: 'Sessions' },
    ...[...domainIds.keys()].map((id) => ({ id: `domain:${id}`, label: `${titles.get(id) ?? id}: explored`, of: 'sessions' })),
    { id: 'options', label: 'Least-restrictive options discussed', of: 'sessions' },
    { id: 'advocate', label: 'Advocate took part', of: 'sessions' },
    { id: 'interpreter', label: 'Interpreter used', of: 'sessions' },
  ];
  const D = domainIds.size;
  for (const r of sessions) teamIndex(teams, r.team);

  const tallies = [];
  for (const raw of feedbackTallies) {
    const tally = readTally(raw);
    if (!tally || tally.training || tally.week < quarter.from || tally.week > quarter.to) continue;
    tallies.push(tally);
    teamIndex(teams, tally.team);
  }
  const T = teams.size;
  const cube = new Cube(G, sessionMeasures.length, T);
  const groupOf = (flat: readonly string[] | undefined) => groupIndex.get(grouping.groupOf(answerIn(flat, grouping.category)))!;
  for (const r of sessions) {
    const [g, t] = [groupOf(r.equality), teams.get(r.team)!];
    cube.add(g, 0, t);
    for (let i = 0; i < r.domains.length; i += STRIDE) if ((r.domains[i + 1] as number) > 0) cube.add(g, 1 + domainIds.get(r.domains[i] as string)!, t);
    let discussed = false;
    for (let i = 1; i < r.options.length; i += 2) discussed ||= r.options[i] !== 'not-discussed';
    if (discussed) cube.add(g, 1 + D, t);
    if (r.advocate) cube.add(g, 2 + D, t);
    if (r.interpreter) cube.add(g, 3 + D, t);
  }

  const feedbackMeasures: Measure[] = [
    { id: RESPONSES, label: 'Responses' },
    { id: CARERS, label: 'Given by a carer', of: RESPONSES },
    ...options.statements.map(([id, text]) => ({ id: agreed(id), label: `Agreed: ${text}`, of: RESPONSES })),
  ];
  const measureIndex = new Map(feedbackMeasures.map((m, i) => [m.id, i]));
  const answers = new Cube(G, feedbackMeasures.length, T);
  const prefix = `${grouping.category}|`;
  for (const tally of tallies) {
    const t = teams.get(tally.team)!;
    // Where each of the tally's measures goes in the table (statements no longer asked go nowhere).
    const to = tally.measures.map((m) => measureIndex.get(m));
    for (const [key, counts] of Object.entries(tally.counts)) {
      if (!key.startsWith(prefix)) continue;
      const g = groupIndex.get(grouping.groupOf(key.slice(prefix.length) || undefined));
      if (g === undefined) continue;
      counts.forEach((n, i) => { if (n && to[i] !== undefined) answers.add(g, to[i], t, n); });
    }
  }
  // The team asked for, or the "all teams" slot.
  const slot = options.team ? teams.get(options.team)! : T;
  return {
    grouping, quarter, team: options.team,
    sessions: cube.table(sessionMeasures, grouping.groups, slot),
    feedback: answers.table(feedbackMeasures, grouping.groups, slot),
  };
}
