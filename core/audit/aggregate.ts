import type { Framework } from '../framework/schema';
import { inView, type AuditFilters } from './filters';
import { dayNumberOf, dayString, isoWeek, londonDayNumber } from './london-time';
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
  // Rows arrive in index order; sorting makes the domain order independent of how they were read.
  sessions.sort(byStart);
  const frameworkPrompts = new Map<string, Map<string, number>>();
  const domains = new Map<string, DomainRow>();
  const domainRow = (id: string) => rowFor(domains, id, () => ({ domainId: id, tally: emptyTally(), sessions: 0, guidanceOpened: 0, declinedRate: undefined }));
  const weeks = new Map<string, WeekRow>();
  const [clinicians, teams, frameworks] = [new Map<string, GroupRow>(), new Map<string, GroupRow>(), new Map<string, GroupRow>()];
  const options = new Map<string, OptionRow>();
  const totals: Totals = { finished: 0, inserted: 0, copied: 0, failedInsertions: 0, warnings: 0, searches: 0, guidanceOpened: 0 };
  const weekOf = new Map<string, WeekRow>();
  const weekRow = (day: number) =>
    rowFor(weekOf, String(day), () => { const w = isoWeek(day); return rowFor(weeks, w.key, (key) => ({ ...group(key), monday: dayString(w.monday) })); });
  for (let day = dayNumberOf(filters.from); day <= dayNumberOf(filters.to); day += 1) weekRow(day);

  for (const s of sessions) {
    // Every prompt of the session's framework counts once: as left open unless its last status was another.
    const tally = emptyTally();
    for (const [domainId, count] of rowFor(frameworkPrompts, s.framework, (key) => promptsOf(key, catalogue, observed))) {
      const row = domainRow(domainId);
      row.tally.open += count;
      row.sessions++;
      tally.open += count;
    }
    for (let i = 0; i < s.domains.length; i += D) {
      const domain = domainRow(s.domains[i] as string);
      MARKED.forEach((status, k) => {
        const n = s.domains[i + 1 + k] as number;
        domain.tally[status] += n;
        domain.tally.open -= n;
        tally[status] += n;
        tally.open -= n;
      });
    }
    for (const row of [weekRow(londonDayNumber(s.start)), rowFor(clinicians, s.clinician, group), rowFor(teams, s.team, group), rowFor(frameworks, s.framework, group)]) {
      row.sessions++;
      row.finished += Number(s.finished);
      row.inserted += Number(s.inserted > 0);
      add(row.tally, tally);
    }
    countSession(s, totals, domainRow, options);
  }
  for (const d of domains.values()) {
    const raised = d.tally.explored + d.tally['not-relevant'] + d.tally.declined + d.tally.revisit;
    d.declinedRate = raised ? d.tally.declined / raised : undefined;
  }
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  return {
    sessions: sessions.length, ...totals, skipped,
    domains: [...domains.values()], weeks: [...weeks.values()].sort(byKey),
    clinicians: [...clinicians.values()].sort(byKey), teams: [...teams.values()].sort(byKey), frameworks: [...frameworks.values()].sort(byKey),
    options: [...options.values()].sort((a, b) => a.optionId.localeCompare(b.optionId)),
  };
}

type Totals = Pick<AuditView, 'finished' | 'inserted' | 'copied' | 'failedInsertions' | 'warnings' | 'searches' | 'guidanceOpened'>;

function countSession(s: SessionRollup, totals: Totals, domainRow: (id: string) => DomainRow, options: Map<string, OptionRow>) {
  totals.finished += Number(s.finished);
  totals.inserted += Number(s.inserted > 0);
  totals.copied += Number(s.copied > 0);
  totals.failedInsertions += s.failed;
  totals.warnings += s.warnings;
  totals.searches += s.searches;
  for (let i = 0; i < s.guidance.length; i += 2) {
    const count = s.guidance[i + 1] as number;
    totals.guidanceOpened += count;
    domainRow(s.guidance[i] as string).guidanceOpened += count;
  }
  for (let i = 0; i < s.options.length; i += 2) {
    const outcome = s.options[i + 1]!;
    if (outcome === 'not-discussed') continue;
    rowFor(options, s.options[i]!, (id) => ({ optionId: id, discussed: 0, preferred: 0, 'not-suitable': 0 }))[outcome as 'discussed']++;
  }
}
