import type { AuditView, WeekRow } from '../../core/audit/aggregate';
import { foldQuietWeeks, isQuiet, type WeekLine } from '../../core/audit/quiet-weeks';
import { STATUS_COLOURS, type ChartRenderer } from './chart-spec';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import { count, counted, dateLabel, share, slots } from './format';

const shareOf = (status: 'explored' | 'declined' | 'open') => (w: WeekRow) => (w.sessions ? share(w.tally[status], slots(w.tally)) : null);

function sentence(weeks: WeekRow[], sessions: number): string {
  const active = weeks.filter((w) => w.sessions > 0);
  const [first, last] = [active[0], active.at(-1)];
  if (!first || !last) return 'There were no sessions in these weeks.';
  const explored = shareOf('explored');
  if (first === last) return `${sessions === 1 ? 'The only session was' : `All ${count(sessions)} sessions were`} in the week of ${dateLabel(first.monday)}, with ${explored(first)}% of prompts explored.`;
  return `Over ${weeks.length} weeks there were ${counted(sessions, 'session')}; ${explored(first)}% of prompts were explored in the week of ${dateLabel(first.monday)} and ${explored(last)}% in the week of ${dateLabel(last.monday)}.`;
}

/** Weekly trend (ISO weeks, UK time): shares explored, declined and left open, with session counts. */
export function TrendSection({ view, chart }: { view: AuditView; chart?: ChartRenderer }) {
  const { weeks } = view;
  return (
    <ChartFigure
      id="trend"
      title="Trend by week"
      summary={sentence(weeks, view.sessions)}
      note="Weeks run Monday to Sunday, UK time. A session counts in the week it started, even if it ran past midnight."
      chart={chart}
      spec={{
        kind: 'lines',
        unit: '%',
        max: 100,
        labels: weeks.map((w) => dateLabel(w.monday)),
        series: [
          { label: 'Explored', colour: STATUS_COLOURS.explored, values: weeks.map(shareOf('explored')) },
          { label: 'Declined', colour: STATUS_COLOURS.declined, values: weeks.map(shareOf('declined')) },
          { label: 'Left open', colour: STATUS_COLOURS.open, values: weeks.map(shareOf('open')) },
        ],
      }}
    >
      <DataTable<WeekLine>
        caption="Sessions and prompt statuses per week"
        rows={foldQuietWeeks(weeks)}
        rowKey={(w) => w.key}
        columns={[
          { heading: 'Week starting', cell: (w) => (isQuiet(w) ? `${dateLabel(w.first)} to ${dateLabel(w.last)} (${w.weeks} weeks, no sessions)` : dateLabel(w.monday)) },
          { heading: 'Sessions', cell: (w) => (isQuiet(w) ? 0 : count(w.sessions)) },
          { heading: 'Explored', cell: (w) => (!isQuiet(w) && w.sessions ? `${shareOf('explored')(w)}%` : '–') },
          { heading: 'Declined', cell: (w) => (!isQuiet(w) && w.sessions ? `${shareOf('declined')(w)}%` : '–') },
          { heading: 'Left open', cell: (w) => (!isQuiet(w) && w.sessions ? `${shareOf('open')(w)}%` : '–') },
          { heading: 'Summaries inserted', cell: (w) => (isQuiet(w) ? 0 : count(w.inserted)) },
        ]}
      />
    </ChartFigure>
  );
}
