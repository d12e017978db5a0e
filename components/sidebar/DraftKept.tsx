import { useContext, useEffect, useState } from 'preact/hooks';
import { purgeDueAt, purgeIsNear } from '../../core/session/retention';
import { RetentionContext } from './retention-context';
import { dateFormat } from '../../core/format/date-format';

const formatWhen = dateFormat({ weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * When an open draft will be deleted if left unchanged (H-24): said quietly while there is time,
 * as a warning near the time (core/session/retention.ts), so nothing agreed is lost before it reaches the record.
 */
export function DraftKept({ updatedAt, clock = Date.now }: { updatedAt: number; clock?: () => number }) {
  const hours = useContext(RetentionContext).value;
  const now = useMinuteClock(clock);
  if (hours === undefined) return null;
  const at = formatWhen(new Date(purgeDueAt(updatedAt, hours)));
  if (!purgeIsNear(now, updatedAt, hours)) {
    return <p class="session-bar__kept">This draft is kept on this computer until {at} if left unchanged.</p>;
  }
  return (
    // A polite status, not an alert: it can appear while the clinician is typing with the person.
    <p class="notice notice--warning" role="status">
      <strong>This draft will be deleted from {at}</strong> unless it changes. Put the summary into the record, or copy it,
      before then.
    </p>
  );
}

/** The time, read again each minute, so a sidebar left open still warns when the purge nears. */
function useMinuteClock(clock: () => number): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const id = setInterval(() => setNow(clock()), 60_000);
    return () => clearInterval(id);
  }, [clock]);
  return now;
}
