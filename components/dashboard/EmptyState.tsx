import { dayString, londonDayNumber } from '../../core/audit/london-time';
import type { RecordExtent } from '../../core/audit/dashboard-model';
import { dateLabel } from './format';

interface Props {
  extent: RecordExtent;
  /** Widens the dates to every record held. */
  onShowAll: (from: string, to: string) => void;
}

/** What to do when there is nothing to show: nothing held at all, or nothing for these filters. */
export function EmptyState({ extent, onShowAll }: Props) {
  if (extent.count === 0 || extent.first === undefined || extent.last === undefined) {
    return (
      <section class="notice empty" aria-labelledby="empty-h">
        <h2 id="empty-h">No usage records yet</h2>
        <p>Records appear here when clinicians use the Coplan sidebar on this computer, or when you import the files your team send you.</p>
        <p>To bring your team’s records together: ask each clinician to open this dashboard on their computer and choose <strong>Records for merging (JSON)</strong>, then import their files below.</p>
      </section>
    );
  }
  const [from, to] = [dayString(londonDayNumber(extent.first)), dayString(londonDayNumber(extent.last))];
  return (
    <section class="notice empty" aria-labelledby="empty-h">
      <h2 id="empty-h">No sessions match these filters</h2>
      <p>
        The records held run from {dateLabel(from)} to {dateLabel(to)}. Change the dates or filters above, or show every date.
      </p>
      <button type="button" class="button button--secondary" onClick={() => onShowAll(from, to)}>Show all dates</button>
    </section>
  );
}
