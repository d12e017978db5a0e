import { useLayoutEffect } from 'preact/hooks';
import type { ExportFile } from '../../core/audit/dashboard-model';
import type { AuditFilters } from '../../core/audit/filters';
import type { EqualityExportKind, EqualityModel } from '../../core/equality/equality-model';
import { GROUPINGS } from '../../core/equality/groupings';
import { SUPPRESSED, shownRate, type Shown } from '../../core/equality/suppression';
import type { EqualityTable } from '../../core/equality/view';
import type { ChartRenderer } from './chart-spec';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import { dateLabel } from './format';

type Row = EqualityTable['rows'][number];
const EXPORTS: readonly (readonly [EqualityExportKind, string])[] = [
  ['csv', 'Equality tables (CSV)'], ['fhir', 'Equality and feedback (FHIR R4)'], ['feedback', 'Feedback for merging (JSON)'],
];
const CHARTED = [['options', '#005eb8'], ['advocate', '#007f3b'], ['interpreter', '#7a4100']] as const;

/** A shown count, with its share of the base measure when both can be shown. */
function cellText(table: EqualityTable, row: Row, m: number): string {
  const value = row.cells[m]!;
  const base = table.measures[m]!.of;
  if (value === SUPPRESSED || !base) return String(value);
  const rate = shownRate(value, row.cells[table.measures.findIndex((x) => x.id === base)]!);
  return rate === undefined ? String(value) : `${value} (${Math.round(rate * 100)}%)`;
}

const percentOf = (table: EqualityTable, row: Row, id: string): number | null => {
  const m = table.measures.findIndex((x) => x.id === id);
  const base = table.measures.findIndex((x) => x.id === table.measures[m]?.of);
  const rate = m < 0 || base < 0 ? undefined : shownRate(row.cells[m] as Shown, row.cells[base] as Shown);
  return rate === undefined ? null : Math.round(rate * 100);
};

function Table({ caption, table }: { caption: string; table: EqualityTable }) {
  return (
    <DataTable
      caption={caption}
      rows={table.rows}
      rowKey={(r) => r.key}
      columns={[{ heading: 'Group', cell: (r: Row) => r.label }, ...table.measures.map((m, i) => ({ heading: m.label, cell: (r: Row) => cellText(table, r, i) }))]}
    />
  );
}

/**
 * "Equality and feedback" (issue 16): whether culturally capable, least-restrictive care reaches
 * every group, and what people said, with every small number hidden.
 */
export function EqualitySection({ model, filters, chart, save }: { model: EqualityModel; filters: AuditFilters; chart?: ChartRenderer; save: (file: ExportFile) => void }) {
  // Asked for in the layout phase, so on opening this small read of tallies goes out before the
  // page's read of every rollup in view (entrypoints/dashboard) and the section does not wait
  // behind a million events' worth of rollups (npm run bench, 1,000,000 events: 4.0–4.9 s at a
  // load of 9 when asked for in useEffect, 0.9–1.7 s at a load of 14 from here).
  useLayoutEffect(() => void model.load(filters), [filters.to, filters.team]);
  const view = model.view.value;
  if (!view) return null;
  const { sessions, feedback, quarter } = view;
  const listened = feedback.measures.find((m) => m.id.startsWith('agree:'));
  const series = [
    ...CHARTED.map(([id, colour]) => ({ label: sessions.measures.find((m) => m.id === id)!.label, colour, values: sessions.rows.map((r) => percentOf(sessions, r, id)) })),
    ...(listened ? [{ label: listened.label, colour: '#8a1538', values: feedback.rows.map((r) => percentOf(feedback, r, listened.id)) }] : []),
  ];
  return (
    <section class="dashboard-section equality-section" aria-labelledby="equality-h">
      <h2 id="equality-h">Equality and feedback</h2>
      <p>
        {quarter.label}: {dateLabel(quarter.from)} to {dateLabel(quarter.to)}, the calendar quarter of the end date, for{' '}
        {view.team ? `team ${view.team}` : 'all teams'}. Only whole quarters and whole teams are shown, never a clinician, so one
        view cannot be subtracted from another; training sessions are left out.
      </p>
      <p class="field__hint">
        Small numbers are hidden, at least as strictly as in NHS England’s mental health statistics: a count from 1 to 7 shows as *,
        and so does another count wherever the hidden one could be worked out from a total. Other counts are rounded to the nearest
        5, and shares are worked out from the rounded counts.
      </p>
      <div class="field">
        <label for="equality-grouping">Group people by</label>
        <select id="equality-grouping" value={model.grouping.value} onChange={(e) => void model.setGrouping(e.currentTarget.value)}>
          {GROUPINGS.map((g) => <option key={g.id} value={g.id}>{g.label}</option>)}
        </select>
      </div>
      <ChartFigure
        id="equality-chart"
        title={`By ${view.grouping.label.toLowerCase()}`}
        summary="Share of each group’s sessions in which options were discussed, an advocate took part or an interpreter was used, and the share of feedback agreeing with the first statement; hidden figures are left out of the chart."
        chart={chart}
        spec={{ kind: 'bars', unit: '%', max: 100, labels: sessions.rows.map((r) => r.label), series }}
      >
        <Table caption={`Sessions by ${view.grouping.label.toLowerCase()} (* hidden small number)`} table={sessions} />
        <Table caption={`Feedback from people and carers by ${view.grouping.label.toLowerCase()} (* hidden small number)`} table={feedback} />
      </ChartFigure>
      <div class="export-buttons" role="group" aria-label="Equality and feedback exports">
        {EXPORTS.map(([kind, label]) => (
          <button key={kind} type="button" class="button button--secondary" onClick={() => void model.exportFile(kind).then(save)}>{label}</button>
        ))}
      </div>
    </section>
  );
}
