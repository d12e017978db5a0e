import type { AuditView, OptionRow } from '../../core/audit/aggregate';
import type { AuditLabels } from '../../core/audit/labels';
import type { ChartRenderer } from './chart-spec';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import { count, counted, largest } from './format';

const CHOICES = [
  ['discussed', 'Discussed', '#005eb8'],
  ['preferred', 'Preferred', '#007f3b'],
  ['not-suitable', 'Not suitable', '#8a1538'],
] as const;
const total = (o: OptionRow) => o.discussed + o.preferred + o['not-suitable'];

/** Which least-restrictive options were discussed, preferred or found not suitable, by session. */
export function OptionsSection({ view, labels, chart }: { view: AuditView; labels: AuditLabels; chart?: ChartRenderer }) {
  const rows = view.options;
  const often = largest(rows, total);
  const preferred = largest(rows.filter((o) => o.preferred > 0), (o) => o.preferred);
  const summary = often
    ? `${labels.option(often.optionId)} was the option considered most often (${counted(total(often), 'session')})` +
      (preferred ? `; ${labels.option(preferred.optionId)} was most often preferred (${count(preferred.preferred)}).` : '; none was recorded as preferred.')
    : 'No least-restrictive options were recorded in these sessions.';
  return (
    <ChartFigure
      id="options"
      title="Least-restrictive options"
      summary={summary}
      note="Each session counts an option once, by the choice last recorded for it."
      chart={rows.length ? chart : undefined}
      spec={{
        kind: 'stacked-bars',
        unit: '',
        max: Math.max(1, ...rows.map(total)),
        labels: rows.map((o) => labels.option(o.optionId)),
        series: CHOICES.map(([key, label, colour]) => ({ label, colour, values: rows.map((o) => o[key]) })),
      }}
    >
      <DataTable
        caption="Sessions in which each option was discussed, preferred or not suitable"
        rows={rows}
        rowKey={(o) => o.optionId}
        columns={[{ heading: 'Option', cell: (o) => labels.option(o.optionId) }, ...CHOICES.map(([key, heading]) => ({ heading, cell: (o: OptionRow) => count(o[key]) }))]}
      />
    </ChartFigure>
  );
}
