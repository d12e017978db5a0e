import { signal, type ReadonlySignal } from '@preact/signals';
import type { AuditFilters } from '../audit/filters';
import type { CoplanDb } from '../db';
import type { ExportFile } from '../audit/dashboard-model';
import { feedbackFileText } from '../feedback/exchange';
import { readFeedbackRow, type FeedbackRow } from '../feedback/schema';
import { feedbackBetween } from '../feedback/store';
import { equalityCsv, feedbackResponses, measureReport } from './exports';
import { GROUPINGS } from './groupings';
import { talliesBetween } from './tallies';
import { equalityView, monthsOf, quarterOf, type EqualityView, type EqualityViewOptions } from './view';

export interface EqualityModelOptions extends Pick<EqualityViewOptions, 'domains' | 'statements'> {
  db: Pick<CoplanDb, 'sessionTallies' | 'feedback' | 'feedbackTallies'>;
  /** `frameworkId@version` of the feedback statements, named by exported responses. */
  framework: string;
  now?: () => number;
  newId?: () => string;
}

export type EqualityExportKind = 'csv' | 'fhir' | 'feedback';

/** The dashboard's "Equality and feedback" section as signals and actions. */
export interface EqualityModel {
  view: ReadonlySignal<EqualityView | undefined>;
  grouping: ReadonlySignal<string>;
  /** Reads the quarter of the filters' end date, for the filters' team (other filters do not apply). */
  load(filters: AuditFilters): Promise<void>;
  setGrouping(id: string): Promise<void>;
  /** The suppressed tables (CSV), the same as FHIR, or the quarter's feedback for merging at the team lead's. */
  exportFile(kind: EqualityExportKind): Promise<ExportFile>;
}

export function createEqualityModel({ db, domains, statements, framework, now = Date.now, newId = () => crypto.randomUUID() }: EqualityModelOptions): EqualityModel {
  const view = signal<EqualityView | undefined>(undefined);
  const grouping = signal(GROUPINGS[0]!.id);
  let last: AuditFilters | undefined;
  let generation = 0;
  const load = async (filters: AuditFilters) => {
    last = filters;
    const asked = ++generation;
    const quarter = quarterOf(filters.to);
    const [sessions, feedback] = await Promise.all([talliesBetween(db.sessionTallies, ...monthsOf(quarter)), talliesBetween(db.feedbackTallies, quarter.from, quarter.to)]);
    if (asked !== generation) return;
    view.value = equalityView(sessions, feedback, { grouping: grouping.value, to: filters.to, team: filters.team, domains, statements });
  };
  /** The responses the view counts, read only for an export that needs them one by one. */
  const rowsOf = async (current: EqualityView): Promise<FeedbackRow[]> =>
    (await feedbackBetween(db, current.quarter.from, current.quarter.to)).flatMap((raw) => {
      const row = readFeedbackRow(raw);
      return row && !row.training && (!current.team || row.team === current.team) ? [row] : [];
    });
  return {
    view, grouping, load,
    async setGrouping(id) {
      grouping.value = id;
      if (last) await load(last);
    },
    async exportFile(kind) {
      const current = view.value!;
      const name = `coplan-equality-${current.quarter.label.replace(' ', '-')}${current.team ? `-${current.team}` : ''}`;
      if (kind === 'csv') return { name: `${name}.csv`, type: 'text/csv', text: equalityCsv(current) };
      if (kind === 'feedback') return { name: `coplan-feedback-${current.quarter.label.replace(' ', '-')}.json`, type: 'application/json', text: await feedbackFileText(await rowsOf(current), now()) };
      const bundle = {
        resourceType: 'Bundle', id: newId(), type: 'collection', timestamp: new Date(now()).toISOString(),
        entry: [measureReport(current, now(), newId()), ...feedbackResponses(current, await rowsOf(current), `urn:coplan:feedback-questionnaire|${framework}`, newId)].map((resource) => ({ resource })),
      };
      return { name: `${name}-fhir.json`, type: 'application/fhir+json', text: JSON.stringify(bundle, null, 1) };
    },
  };
}
