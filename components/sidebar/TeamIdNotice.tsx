import { useEffect, useState } from 'preact/hooks';

/**
 * Before a session starts: says so when no team id is set, since its usage records would then say
 * "unassigned" and never reach the team's view on the dashboard (issue 18). The check loads in its
 * own chunk, off the sidebar's first render.
 */
export function TeamIdNotice() {
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let live = true;
    void import('../../core/storage/audit-ids').then((m) => m.teamIdMissing()).then((yes) => live && setMissing(yes), () => undefined);
    return () => void (live = false);
  }, []);
  if (!missing) return null;
  return (
    <p class="notice notice--warning">
      No team id is set, so this session’s usage records will say “unassigned” and will not count for your team.{' '}
      <a href="/options.html" target="_blank" rel="noopener">Set your team id in Coplan settings</a>.
    </p>
  );
}
