import type { AuditView, DomainRow } from '../../core/audit/aggregate';
import type { AuditLabels } from '../../core/audit/labels';
import { STATUS_COLOURS, type ChartRenderer } from './chart-spec';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import { count, largest, raised, share, slots } from './format';

const rate = (d: DomainRow) => (d.declinedRate === undefined ? 0 : Math.round(100 * d.declinedRate));

function sentence(rows: DomainRow[], labels: AuditLabels, guidanceOpened: number): string {
  const declined = largest(rows.filter((d) => d.tally.declined > 0), rate);
  const reading = largest(rows, (d) => d.guidanceOpened);
  const first = declined
    ? `People declined prompts most often in ${labels.domain(declined.domainId)} (${rate(declined)}% of the times they were raised).`
    : 'No one declined a prompt in these sessions.';
  const second = reading && reading.guidanceOpened > 0 ? ` Guidance was opened ${count(guidanceOpened)} times, most often from ${labels.domain(reading.domainId)}.` : ' No guidance was opened.';
  return first + second;
}

/** Declined-by-person rates and guidance opened, per domain: signals about the content, not the clinician. */
export function SignalsSection({ view, labels, chart }: { view: AuditView; labels: AuditLabels; chart?: ChartRenderer }) {
  const rows = view.domains.filter((d) => slots(d.tally) > 0 || d.guidanceOpened > 0);
  const withPrompts = rows.filter((d) => slots(d.tally) > 0);
  return (
    <ChartFigure
      id="signals"
      title="Declined by the person, and guidance opened"
      summary={sentence(rows, labels, view.guidanceOpened)}
      note="Declined rate: of the times a prompt was raised (given any status but open), how often the person chose not to talk about it. A prompt that is often declined is a reason to review its wording."
      chart={chart}
      spec={{
        kind: 'bars',
        unit: '%',
        max: Math.max(10, ...withPrompts.map(rate)),
        labels: withPrompts.map((d) => labels.domain(d.domainId)),
        series: [{ label: 'Declined rate', colour: STATUS_COLOURS.declined, values: withPrompts.map(rate) }],
      }}
    >
      <DataTable
        caption="Declined rate and guidance opened per domain"
        rows={rows}
        rowKey={(d) => d.domainId}
        columns={[
          { heading: 'Domain', cell: (d) => labels.domain(d.domainId) },
          { heading: 'Prompts raised', cell: (d) => count(raised(d.tally)) },
          { heading: 'Declined', cell: (d) => count(d.tally.declined) },
          { heading: 'Declined rate', cell: (d) => (d.declinedRate === undefined ? '–' : `${share(d.tally.declined, raised(d.tally))}%`) },
          { heading: 'Guidance opened', cell: (d) => count(d.guidanceOpened) },
        ]}
      />
    </ChartFigure>
  );
}
