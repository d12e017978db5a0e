import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { CoplanDb } from '../db';
import type { AuditView, PromptCatalogue } from './aggregate';
import { importTeamFiles } from '../feedback/team-files';
import { auditFileText, type AuditFileSource, type FileReport } from './exchange';
import { aggregateCsv, eventsCsv, type ExportScope } from './exports';
import { auditBundle } from './fhir';
import { filtersFromQuery, filtersToQuery, type AuditFilters } from './filters';
import type { AuditLabels } from './labels';
import { auditView, clearImported, eventsInView, recordExtent } from './store';

export type ExportKind = 'records' | 'tables' | 'events' | 'fhir';
/** A file for the page to offer as a download. */
export interface ExportFile { name: string; type: string; text: string }
/** Sessions held, and when the first and last began. */
export interface RecordExtent { count: number; first?: number; last?: number }

export interface DashboardModelOptions {
  db: CoplanDb;
  catalogue: PromptCatalogue;
  labels: AuditLabels;
  /** The page's query string when opened; filters live there so a view can be bookmarked. */
  query: string;
  /** Told the new query string whenever the filters change. */
  onQuery?: (query: string) => void;
  now?: () => number;
}

/** The team lead's dashboard as signals and actions; components render it and call the actions. */
export interface DashboardModel {
  filters: ReadonlySignal<AuditFilters>;
  view: ReadonlySignal<AuditView | undefined>;
  /** What is held, worked out only when the view is empty. */
  extent: ReadonlySignal<RecordExtent | undefined>;
  status: ReadonlySignal<'loading' | 'ready' | 'failed'>;
  importing: ReadonlySignal<{ done: number; total: number } | undefined>;
  reports: ReadonlySignal<FileReport[]>;
  load(): Promise<void>;
  setFilters(next: AuditFilters): Promise<void>;
  importFiles(files: AuditFileSource[]): Promise<void>;
  /** Removes records that came from files; returns how many. */
  clearImported(): Promise<number>;
  exportFile(kind: ExportKind): Promise<ExportFile>;
}

export function createDashboardModel({ db, catalogue, labels, query, onQuery, now = Date.now }: DashboardModelOptions): DashboardModel {
  const filters = signal(filtersFromQuery(query, now()));
  const view = signal<AuditView | undefined>(undefined);
  const extent = signal<RecordExtent | undefined>(undefined);
  const status = signal<'loading' | 'ready' | 'failed'>('loading');
  const importing = signal<{ done: number; total: number } | undefined>(undefined);
  const reports = signal<FileReport[]>([]);
  let generation = 0;

  const load = async () => {
    const asked = ++generation;
    const current = filters.value;
    status.value = 'loading';
    try {
      const next = await auditView(db, current, catalogue);
      // Only an empty view says what is held (EmptyState): counting every rollup on each open made
      // IndexedDB walk the whole rollup table while the dashboard waited (issue 20's 1.5 s open).
      const held = next.sessions === 0 ? await recordExtent(db) : undefined;
      // A slower earlier load must not overwrite the view for newer filters.
      if (asked !== generation) return;
      batch(() => {
        view.value = next;
        extent.value = held;
        status.value = 'ready';
      });
    } catch {
      if (asked === generation) status.value = 'failed';
    }
  };

  const scope = (): ExportScope => ({ filters: filters.value, frameworks: view.value?.frameworks.map((f) => f.key) ?? [], generatedAt: now() });
  const range = () => `${filters.value.from}-to-${filters.value.to}`;

  return {
    filters, view, extent, status, importing, reports, load,
    async setFilters(next) {
      filters.value = next;
      onQuery?.(filtersToQuery(next));
      await load();
    },
    async importFiles(files) {
      batch(() => {
        importing.value = { done: 0, total: files.length };
        reports.value = [];
      });
      reports.value = await importTeamFiles(db, files, now, (done) => (importing.value = { done, total: files.length }));
      importing.value = undefined;
      await load();
    },
    async clearImported() {
      const removed = await clearImported(db);
      await load();
      return removed;
    },
    async exportFile(kind) {
      const name = `coplan-usage-${range()}`;
      if (kind === 'tables') {
        const tables = view.value ?? (await auditView(db, filters.value, catalogue));
        return { name: `${name}-tables.csv`, type: 'text/csv', text: aggregateCsv(tables, scope(), labels) };
      }
      const events = await eventsInView(db, filters.value);
      // Governance exports leave out equality answers, which appear only as suppressed aggregates
      // (issue 16); the records file a clinician sends their team lead keeps them, to be counted there.
      const governed = events.filter((e) => e.type !== 'equality-recorded');
      if (kind === 'events') return { name: `${name}-events.csv`, type: 'text/csv', text: eventsCsv(governed, scope()) };
      if (kind === 'fhir') return { name: `${name}-fhir.json`, type: 'application/fhir+json', text: JSON.stringify(auditBundle(governed, scope()), null, 1) };
      return { name: `${name}.json`, type: 'application/json', text: await auditFileText(events, now()) };
    },
  };
}
