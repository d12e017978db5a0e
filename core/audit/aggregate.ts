import type { Framework } from '../framework/schema';
import type { AuditFilters } from './filters';
import { dayNumberOf, dayString, isoWeek, londonDayNumber } from './london-time';
import { summariseRollups } from './rollups';
import { summariseSessions, type ObservedPrompts, type SessionSummary } from './sessions';

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

/** Known prompts plus any the data shows, so an older framework version still counts its prompts. */
function promptsOf(framework: string, catalogue: PromptCatalogue, observed: ObservedPrompts): Map<string, string[]> {
  const merged = new Map<string, string[]>();
  for (const [domain, ids] of catalogue.get(framework) ?? []) merged.set(domain, [...ids]);
  for (const [domain, ids] of observed.get(framework) ?? []) {
    const list = merged.get(domain) ?? [];
    for (const id of ids) if (!list.includes(id)) list.push(id);
    merged.set(domain, list);
  }
  return merged;
}

function rowFor<T>(map: Map<string, T>, key: string, make: (key: string) => T): T {
  let row = map.get(key);
  if (!row) map.set(key, (row = make(key)));
  return row;
}

/** The dashboard's tables from stored rows (see summariseSessions for the one pass over them). */
export function aggregate(rows: readonly unknown[], filters: AuditFilters, catalogue: PromptCatalogue = new Map()): AuditView {
  return aggregateSummaries(summariseSessions(rows, filters), filters, catalogue);
}

/** The same tables from the sessions' rollups (what the dashboard reads), identical to aggregate over their events. */
export function aggregateRollups(rollups: readonly unknown[], filters: AuditFilters, catalogue: PromptCatalogue = new Map()): AuditView {
  return aggregateSummaries(summariseRollups(rollups, filters), filters, catalogue);
}

interface Summaries { sessions: SessionSummary[]; observed: ObservedPrompts; skipped: number }

function aggregateSummaries({ sessions, observed, skipped }: Summaries, filters: AuditFilters, catalogue: PromptCatalogue): AuditView {
  const frameworkPrompts = new Map<string, Map<string, string[]>>();
  const domains = new Map<string, DomainRow>();
  const weeks = new Map<string, WeekRow>();
  const [clinicians, teams, frameworks] = [new Map<string, GroupRow>(), new Map<string, GroupRow>(), new Map<string, GroupRow>()];
  const options = new Map<string, OptionRow>();
  const totals: Totals = { finished: 0, inserted: 0, copied: 0, failedInsertions: 0, warnings: 0, searches: 0, guidanceOpened: 0 };
  const weekOf = new Map<string, WeekRow>();
  const weekRow = (day: number) =>
    rowFor(weekOf, String(day), () => { const w = isoWeek(day); return rowFor(weeks, w.key, (key) => ({ ...group(key), monday: dayString(w.monday) })); });
  for (let day = dayNumberOf(filters.from); day <= dayNumberOf(filters.to); day += 1) weekRow(day);

  for (const s of sessions) {
    const prompts = rowFor(frameworkPrompts, s.framework, (key) => promptsOf(key, catalogue, observed));
    const tally = emptyTally();
    for (const [domainId, ids] of prompts) {
      const domain = rowFor(domains, domainId, (id) => ({ domainId: id, tally: emptyTally(), guidanceOpened: 0, declinedRate: undefined }));
      for (const id of ids) {
        const status = s.prompts.get(id)?.status ?? 'open';
        domain.tally[status]++;
        tally[status]++;
      }
    }
    for (const row of [weekRow(londonDayNumber(s.start)), rowFor(clinicians, s.clinician, group), rowFor(teams, s.team, group), rowFor(frameworks, s.framework, group)]) {
      row.sessions++;
      row.finished += Number(s.finished);
      row.inserted += Number(s.inserted > 0);
      add(row.tally, tally);
    }
    countSession(s, totals, domains, options);
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

function countSession(s: SessionSummary, totals: Totals, domains: Map<string, DomainRow>, options: Map<string, OptionRow>) {
  totals.finished += Number(s.finished);
  totals.inserted += Number(s.inserted > 0);
  totals.copied += Number(s.copied > 0);
  totals.failedInsertions += s.failed;
  totals.warnings += s.warnings;
  totals.searches += s.searches;
  for (const [domainId, count] of s.guidance) {
    totals.guidanceOpened += count;
    rowFor(domains, domainId, (id) => ({ domainId: id, tally: emptyTally(), guidanceOpened: 0, declinedRate: undefined })).guidanceOpened += count;
  }
  for (const [optionId, { outcome }] of s.options) {
    if (outcome === 'not-discussed') continue;
    rowFor(options, optionId, (id) => ({ optionId: id, discussed: 0, preferred: 0, 'not-suitable': 0 }))[outcome as 'discussed']++;
  }
}
