import type { AuditView, GroupRow, Tally } from './aggregate';
import { csvLines } from './csv';
import { describeFilters, type AuditFilters } from './filters';
import type { AuditLabels } from './labels';
import type { AuditEvent } from './schema';

// Governance exports (issue 7). Each begins with what it covers, so a table lifted out of context
// still says its dates, filters and framework versions.

/** What an export covers. */
export interface ExportScope {
  filters: AuditFilters;
  /** `frameworkId@version` of every session included. */
  frameworks: string[];
  generatedAt: number;
}

type Cell = string | number | boolean | undefined;

function about(title: string, scope: ExportScope): Cell[][] {
  return [
    ['Coplan usage records', title],
    ['Date range', `${scope.filters.from} to ${scope.filters.to} inclusive (UK time)`],
    ['Filters', describeFilters(scope.filters)],
    ['Framework versions', scope.frameworks.join('; ') || 'none (no sessions)'],
    ['Generated', new Date(scope.generatedAt).toISOString()],
    [],
  ];
}

const TALLY_HEADINGS = ['explored', 'not relevant', 'declined', 'revisit', 'left open'];
const tallyCells = (t: Tally): number[] => [t.explored, t['not-relevant'], t.declined, t.revisit, t.open];
const slots = (t: Tally) => tallyCells(t).reduce((a, b) => a + b, 0);

function groupTable(title: string, heading: string, rows: GroupRow[]): Cell[][] {
  return [
    [title],
    [heading, 'sessions', 'finished', 'sessions with summary inserted', ...TALLY_HEADINGS],
    ...rows.map((r) => [r.key, r.sessions, r.finished, r.inserted, ...tallyCells(r.tally)]),
    [],
  ];
}

/** Every aggregate table of the view, one after another, each with a title row. */
export function aggregateCsv(view: AuditView, scope: ExportScope, labels: AuditLabels): string {
  const domains = view.domains.filter((d) => slots(d.tally) > 0);
  return csvLines([
    ...about('Aggregate tables', scope),
    ['Totals'],
    ['sessions', 'finished', 'sessions with summary inserted', 'sessions with summary copied', 'insertions failed', 'wrong-person warnings', 'searches', 'guidance sections opened'],
    [view.sessions, view.finished, view.inserted, view.copied, view.failedInsertions, view.warnings, view.searches, view.guidanceOpened],
    [],
    ['Coverage by domain (prompt slots: every prompt of every session)'],
    ['domain id', 'domain', ...TALLY_HEADINGS, 'prompt slots', 'declined rate (of prompts raised)', 'guidance opened'],
    ...domains.map((d) => [d.domainId, labels.domain(d.domainId), ...tallyCells(d.tally), slots(d.tally), d.declinedRate === undefined ? '' : d.declinedRate.toFixed(3), d.guidanceOpened]),
    [],
    ['Guidance opened outside a prompt', view.domains.find((d) => d.domainId === '')?.guidanceOpened ?? 0],
    [],
    ...groupTable('By ISO week (UK time; a session counts in the week it started)', 'week', view.weeks),
    ...groupTable('By clinician (pseudonymous id)', 'clinician', view.clinicians),
    ...groupTable('By team', 'team', view.teams),
    ...groupTable('By framework version', 'framework', view.frameworks),
    ['Least-restrictive options: sessions by the last choice recorded'],
    ['option id', 'option', 'discussed', 'preferred', 'not suitable'],
    ...view.options.map((o) => [o.optionId, labels.option(o.optionId), o.discussed, o.preferred, o['not-suitable']]),
  ]);
}

const EVENT_COLUMNS = ['id', 'at', 'type', 'clinician', 'team', 'sessionId', 'frameworkId', 'frameworkVersion', 'domainId', 'promptId', 'status', 'sectionId', 'resultCount', 'optionId', 'outcome', 'path', 'domainIds', 'training'] as const;

/** One row per event, times in ISO 8601 UTC. */
export function eventsCsv(events: AuditEvent[], scope: ExportScope): string {
  const field = (e: AuditEvent, column: (typeof EVENT_COLUMNS)[number]): Cell =>
    column === 'at' ? new Date(e.at).toISOString() : column === 'domainIds' ? ('domainIds' in e ? e.domainIds.join(' ') : undefined) : (e as Partial<Record<string, Cell>>)[column];
  return csvLines([...about('Raw events', scope), [...EVENT_COLUMNS], ...events.map((e) => EVENT_COLUMNS.map((c) => field(e, c)))]);
}
