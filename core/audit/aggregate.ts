import type { Framework } from '../framework/schema';
import { inView, type AuditFilters } from './filters';
import { dayNumberOf, dayString, isoWeek, londonDayNumber } from './london-time';
import { C, COUNTED_OUTCOMES, readDayCount, type DayCount } from './day-counts';
import { D, MARKED, readRollup, rollupsOf, type ObservedPrompts, type SessionRollup } from './rollups';

/**
 * Prompt slots per status. `open` is "left open": a prompt of the session's framework whose last
 * status in that session is still open, including one never touched at all, whether or not the
 * session was finished. Each session counts every prompt of its framework exactly once.
 */
export interface Tally { explored: number; 'not-relevant': number; declined: number; revisit: number; open: number }
export const TALLY_KEYS = ['explored', 'not-relevant', 'declined', 'revisit', 'open'] as const;

export interface GroupRow { key: string; sessions: number; finished: number; inserted: number; tally: Tally }
export interface WeekRow extends GroupRow { monday: string }
export interface DomainRow {
  domainId: string;
  tally: Tally;
  /** Sessions whose framework holds the domain, so a typical session's progress reads "2 of 5 explored". */
  sessions: number;
  guidanceOpened: number;
  /** Declined ÷ prompts raised (any status but open); undefined when none were raised. */
  declinedRate: number | undefined;
}
export interface OptionRow { optionId: string; discussed: number; preferred: number; 'not-suitable': number }

/** Everything the dashboard shows for one set of filters. */
export interface AuditView {
  sessions: number; finished: number; inserted: number; copied: number;
  failedInsertions: number; warnings: number; searches: number; guidanceOpened: number;
  domains: DomainRow[]; weeks: WeekRow[]; clinicians: GroupRow[]; teams: GroupRow[]; frameworks: GroupRow[]; options: OptionRow[];
  /** Damaged rows left out of every count. */
  skipped: number;
}

/** Prompt ids by domain, in framework order, per `frameworkId@version` the dashboard knows. */
export type PromptCatalogue = Map<string, Map<string, readonly string[]>>;

export function catalogueOf(...frameworks: Framework[]): PromptCatalogue {
  return new Map(frameworks.map((f) => [`${f.id}@${f.version}`, new Map(f.domains.map((d) => [d.id, d.prompts.map((p) => p.id)]))]));
}

const emptyTally = (): Tally => ({ explored: 0, 'not-relevant': 0, declined: 0, revisit: 0, open: 0 });
const group = (key: string): GroupRow => ({ key, sessions: 0, finished: 0, inserted: 0, tally: emptyTally() });
const add = (into: Tally, from: Tally) => { for (const k of TALLY_KEYS) into[k] += from[k]; };

/** How many prompts each domain has: the framework's own plus any the data shows, so an older version still counts its prompts. */
function promptsOf(framework: string, catalogue: PromptCatalogue, observed: ObservedPrompts): Map<string, number> {
  const merged = new Map<string, Set<string>>();
  for (const [domain, ids] of catalogue.get(framework) ?? []) merged.set(domain, new Set(ids));
  // Domains only the data shows come after the framework's own, by id, whatever order they were seen in.
  for (const [domain, ids] of [...(observed.get(framework) ?? [])].sort(([a], [b]) => a.localeCompare(b))) {
    const set = merged.get(domain) ?? new Set();
    for (const id of ids) set.add(id);
    merged.set(domain, set);
  }
  return new Map([...merged].map(([domain, ids]) => [domain, ids.size]));
}

function rowFor<T>(map: Map<string, T>, key: string, make: (key: string) => T): T {
  let row = map.get(key);
  if (!row) map.set(key, (row = make(key)));
  return row;
}

/** The dashboard's tables from event rows: their sessions' rollups, counted as the dashboard counts them. */
export function aggregate(rows: readonly unknown[], filters: AuditFilters, catalogue: PromptCatalogue = new Map()): AuditView {
  const { rollups, observed, skipped } = rollupsOf(rows);
  return aggregateRollups(rollups, filters, catalogue, observed, skipped);
}

const byStart = (a: SessionRollup, b: SessionRollup) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
type Counts = Pick<AuditView, 'finished' | 'inserted' | 'copied' | 'failedInsertions' | 'warnings' | 'searches' | 'guidanceOpened'>;

/**
 * The view's rows as sessions or day counts are added to them. Both ways count alike: what one
 * session counts, a day count holds summed over its sessions (core/audit/day-counts.ts).
 */
class ViewRows {
  readonly frameworkPrompts = new Map<string, Map<string, number>>();
  readonly domains = new Map<string, DomainRow>();
  readonly weeks = new Map<string, WeekRow>();
  private readonly weekOf = new Map<string, WeekRow>();
  readonly clinicians = new Map<string, GroupRow>();
  readonly teams = new Map<string, GroupRow>();
  readonly frameworks = new Map<string, GroupRow>();
  readonly options = new Map<string, OptionRow>();
  readonly totals: Counts = { finished: 0, inserted: 0, copied: 0, failedInsertions: 0, warnings: 0, searches: 0, guidanceOpened: 0 };
  sessions = 0;

  constructor(private readonly filters: AuditFilters, private readonly catalogue: PromptCatalogue, private readonly observed: ObservedPrompts) {
    for (let day = dayNumberOf(filters.from); day <= dayNumberOf(filters.to); day += 1) this.week(day);
  }

  domain(id: string): DomainRow {
    return rowFor(this.domains, id, () => ({ domainId: id, tally: emptyTally(), sessions: 0, guidanceOpened: 0, declinedRate: undefined }));
  }

  week(day: number): WeekRow {
    return rowFor(this.weekOf, String(day), () => { const w = isoWeek(day); return rowFor(this.weeks, w.key, (key) => ({ ...group(key), monday: dayString(w.monday) })); });
  }

  /**
   * `n` sessions of a framework version, with their marked prompts per domain (flat, D slots):
   * every prompt of the framework counts once, as left open unless its last status was another.
   * Returns the sessions' tally.
   */
  prompts(framework: string, n: number, domains: readonly (string | number)[]): Tally {
    const tally = emptyTally();
    for (const [domainId, count] of rowFor(this.frameworkPrompts, framework, (key) => promptsOf(key, this.catalogue, this.observed))) {
      const row = this.domain(domainId);
      row.tally.open += n * count;
      row.sessions += n;
      tally.open += n * count;
    }
    for (let i = 0; i < domains.length; i += D) {
      const domain = this.domain(domains[i] as string);
      MARKED.forEach((status, k) => {
        const m = domains[i + 1 + k] as number;
        domain.tally[status] += m;
        domain.tally.open -= m;
        tally[status] += m;
        tally.open -= m;
      });
    }
    return tally;
  }

  /** Adds to a group row `n` sessions, `finished` and `inserted` of them, counting `tally`. */
  static group(row: GroupRow, n: number, finished: number, inserted: number, tally: Tally): void {
    row.sessions += n;
    row.finished += finished;
    row.inserted += inserted;
    add(row.tally, tally);
  }

  guidance(domainId: string, count: number): void {
    this.totals.guidanceOpened += count;
    this.domain(domainId).guidanceOpened += count;
  }

  option(optionId: string, outcome: 'discussed' | 'preferred' | 'not-suitable', count: number): void {
    rowFor(this.options, optionId, (id) => ({ optionId: id, discussed: 0, preferred: 0, 'not-suitable': 0 }))[outcome] += count;
  }

  /**
   * The view, in an order that does not depend on the order sessions were counted in: each
   * framework version's domains in its own order (versions by key), then any other domain (only
   * guidance was opened from it) by id.
   */
  view(skipped: number): AuditView {
    for (const d of this.domains.values()) {
      const raised = d.tally.explored + d.tally['not-relevant'] + d.tally.declined + d.tally.revisit;
      d.declinedRate = raised ? d.tally.declined / raised : undefined;
    }
    const ordered = new Set<string>();
    for (const key of [...this.frameworkPrompts.keys()].sort((a, b) => a.localeCompare(b))) for (const id of this.frameworkPrompts.get(key)!.keys()) ordered.add(id);
    for (const id of [...this.domains.keys()].sort()) ordered.add(id);
    return {
      sessions: this.sessions, ...this.totals, skipped,
      domains: [...ordered].flatMap((id) => this.domains.get(id) ?? []), weeks: [...this.weeks.values()].sort(byKey),
      clinicians: [...this.clinicians.values()].sort(byKey), teams: [...this.teams.values()].sort(byKey), frameworks: [...this.frameworks.values()].sort(byKey),
      options: [...this.options.values()].sort((a, b) => a.optionId.localeCompare(b.optionId)),
    };
  }
}

/**
 * The dashboard's tables from stored session rollups (read by [training+start], so some lie just
 * outside the dates: they are read to be left out). `observed` holds the prompts events have shown
 * per framework version; `skipped` adds damaged events already left out before this.
 */
export function aggregateRollups(rows: readonly unknown[], filters: AuditFilters, catalogue: PromptCatalogue = new Map(), observed: ObservedPrompts = new Map(), skippedBefore = 0): AuditView {
  const show = inView(filters);
  const sessions: SessionRollup[] = [];
  let skipped = skippedBefore;
  for (const row of rows) {
    const r = readRollup(row);
    if (!r) { skipped++; continue; }
    skipped += Number(r.skipped) || 0;
    if (show(r)) sessions.push(r);
  }
  // Rows arrive in index order; sorting makes the counting independent of how they were read.
  sessions.sort(byStart);
  const v = new ViewRows(filters, catalogue, observed);
  for (const s of sessions) {
    const tally = v.prompts(s.framework, 1, s.domains);
    const [finished, inserted] = [Number(s.finished), Number(s.inserted > 0)];
    for (const row of [v.week(londonDayNumber(s.start)), rowFor(v.clinicians, s.clinician, group), rowFor(v.teams, s.team, group), rowFor(v.frameworks, s.framework, group)]) {
      ViewRows.group(row, 1, finished, inserted, tally);
    }
    v.sessions++;
    const t = v.totals;
    t.finished += finished;
    t.inserted += inserted;
    t.copied += Number(s.copied > 0);
    t.failedInsertions += s.failed;
    t.warnings += s.warnings;
    t.searches += s.searches;
    for (let i = 0; i < s.guidance.length; i += 2) v.guidance(s.guidance[i] as string, s.guidance[i + 1] as number);
    for (let i = 0; i < s.options.length; i += 2) {
      const outcome = s.options[i + 1]!;
      if (outcome !== 'not-discussed') v.option(s.options[i]!, outcome as 'discussed', 1);
    }
  }
  return v.view(skipped);
}

/**
 * The same tables from stored day counts (core/audit/day-counts.ts) read for the filters' days
 * and training flags, for any filters but a clinician (day counts do not split a clinician's
 * sessions from the rest of their team's). Undefined when a day count is damaged or a clinician
 * is asked for: the caller then reads rollups.
 */
export function aggregateDays(rows: readonly unknown[], filters: AuditFilters, catalogue: PromptCatalogue = new Map(), observed: ObservedPrompts = new Map()): AuditView | undefined {
  if (filters.clinician) return undefined;
  const cells: DayCount[] = [];
  for (const row of rows) {
    const c = readDayCount(row);
    if (!c) return undefined;
    cells.push(c);
  }
  const v = new ViewRows(filters, catalogue, observed);
  let skipped = 0;
  for (const c of cells) {
    // As with rollups, every session of the days and training flags read counts its skipped events.
    if (c.day < filters.from || c.day > filters.to || (c.training && !filters.training)) continue;
    skipped += c.skipped;
    if (!c.sessions || (filters.team && c.team !== filters.team) || (filters.framework && c.framework !== filters.framework)) continue;
    const tally = v.prompts(c.framework, c.sessions, c.domains);
    for (const row of [v.week(dayNumberOf(c.day)), rowFor(v.teams, c.team, group), rowFor(v.frameworks, c.framework, group)]) {
      ViewRows.group(row, c.sessions, c.finished, c.inserted, tally);
    }
    let perSession = 0;
    for (const count of v.frameworkPrompts.get(c.framework)!.values()) perSession += count;
    for (let i = 0; i < c.clinicians.length; i += C) {
      const n = c.clinicians[i + 1] as number;
      const own = emptyTally();
      own.open = n * perSession;
      MARKED.forEach((status, k) => {
        own[status] = c.clinicians[i + 4 + k] as number;
        own.open -= own[status];
      });
      ViewRows.group(rowFor(v.clinicians, c.clinicians[i] as string, group), n, c.clinicians[i + 2] as number, c.clinicians[i + 3] as number, own);
    }
    v.sessions += c.sessions;
    const t = v.totals;
    t.finished += c.finished;
    t.inserted += c.inserted;
    t.copied += c.copied;
    t.failedInsertions += c.failed;
    t.warnings += c.warnings;
    t.searches += c.searches;
    for (let i = 0; i < c.guidance.length; i += 2) v.guidance(c.guidance[i] as string, c.guidance[i + 1] as number);
    for (let i = 0; i < c.options.length; i += 1 + COUNTED_OUTCOMES.length) {
      COUNTED_OUTCOMES.forEach((outcome, k) => {
        const n = c.options[i + 1 + k] as number;
        if (n) v.option(c.options[i] as string, outcome, n);
      });
    }
  }
  return v.view(skipped);
}
