import { signal, type ReadonlySignal } from '@preact/signals';
import type { AuditFilters } from '../audit/filters';
import { readSessions } from '../audit/store';
import type { CoplanDb } from '../db';
import { feedbackBetween } from '../feedback/store';
import { GROUPINGS } from './groupings';
import { equalityView, quarterOf, type EqualityView, type EqualityViewOptions } from './view';

export interface EqualityModelOptions extends Pick<EqualityViewOptions, 'domains' | 'statements'> {
  db: Pick<CoplanDb, 'auditSessions' | 'feedback'>;
}

/** The dashboard's "Equality and feedback" section as signals and actions. */
export interface EqualityModel {
  view: ReadonlySignal<EqualityView | undefined>;
  grouping: ReadonlySignal<string>;
  /** Reads the quarter of the filters' end date, for the filters' team (other filters do not apply). */
  load(filters: AuditFilters): Promise<void>;
  setGrouping(id: string): Promise<void>;
}

export function createEqualityModel({ db, domains, statements }: EqualityModelOptions): EqualityModel {
  const view = signal<EqualityView | undefined>(undefined);
  const grouping = signal(GROUPINGS[0]!.id);
  let last: AuditFilters | undefined;
  let generation = 0;
  const load = async (filters: AuditFilters) => {
    last = filters;
    const asked = ++generation;
    const quarter = quarterOf(filters.to);
    const [rollups, feedback] = await Promise.all([readSessions(db, { from: quarter.from, to: quarter.to, training: false }), feedbackBetween(db, quarter.from, quarter.to)]);
    if (asked !== generation) return;
    view.value = equalityView(rollups, feedback, { grouping: grouping.value, to: filters.to, team: filters.team, domains, statements });
  };
  return {
    view, grouping, load,
    async setGrouping(id) {
      grouping.value = id;
      if (last) await load(last);
    },
  };
}
