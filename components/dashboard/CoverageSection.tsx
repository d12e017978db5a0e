import type { AuditView, DomainRow } from '../../core/audit/aggregate';
import type { AuditLabels } from '../../core/audit/labels';
import { STATUS_COLOURS, type ChartRenderer } from './chart-spec';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import { countAndShare, counted, largest, share, slots, typicalProgress } from './format';

const STATUSES = [
  ['explored', 'Explored'],
  ['not-relevant', 'Not relevant'],
  ['declined', 'Declined'],
  ['revisit', 'Revisit'],
  ['open', 'Left open'],
] as const;

/** Coverage per domain: what happened to every prompt of every session, as counts and shares. */
export function CoverageSection({ view, labels, chart }: { view: AuditView; labels: AuditLabels; chart?: ChartRenderer }) {
  const rows = view.domains.filter((d) => slots(d.tally) > 0);
  const ratio = (status: (typeof STATUSES)[number][0]) => (d: DomainRow) => d.tally[status] / slots(d.tally);
  const most = largest(rows, ratio('explored'));
  const open = largest(rows, ratio('open'));
  const explored = most && `${share(most.tally.explored, slots(most.tally))}%`;
  const leftOpen = open && `${share(open.tally.open, slots(open.tally))}%`;
  const summary = !most || !open
    ? 'No prompts were recorded in these sessions.'
    : most === open
      ? `Across ${counted(view.sessions, 'session')}, ${labels.domain(most.domainId)} was both the most explored domain (${explored} of its prompts) and the one most often left open (${leftOpen}).`
      : `Across ${counted(view.sessions, 'session')}, ${labels.domain(most.domainId)} was explored most often (${explored} of its prompts) and ${labels.domain(open.domainId)} was most often left open (${leftOpen}).`;
  return (
    <ChartFigure
      id="coverage"
      title="Coverage by domain"
      summary={summary}
      note="Each session counts every prompt of its framework once, by the status it was last given. Left open: never marked, or set back to open."
      chart={chart}
      spec={{
        kind: 'stacked-bars',
        unit: '%',
        max: 100,
        labels: rows.map((d) => labels.domain(d.domainId)),
        series: STATUSES.map(([status, label]) => ({ label, colour: STATUS_COLOURS[status], values: rows.map((d) => share(d.tally[status], slots(d.tally))) })),
      }}
    >
      <DataTable
        caption="Prompts per domain by their last status in each session (share of that domain's prompts)"
        rows={rows}
        rowKey={(d) => d.domainId}
        columns={[
          { heading: 'Domain', cell: (d) => labels.domain(d.domainId) },
          ...STATUSES.map(([status, heading]) => ({ heading, cell: (d: DomainRow) => countAndShare(d.tally[status], slots(d.tally)) })),
          // The sidebar's "2 of 5 explored", for the average session (issue 18).
          { heading: 'In a typical session', cell: (d: DomainRow) => typicalProgress(d.tally.explored, slots(d.tally), d.sessions) },
        ]}
      />
    </ChartFigure>
  );
}
