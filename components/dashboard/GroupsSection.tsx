import type { AuditView, GroupRow } from '../../core/audit/aggregate';
import { DataTable, type Column } from './DataTable';
import { count, share, slots } from './format';

const columns = (heading: string): Column<GroupRow>[] => [
  { heading, cell: (g) => g.key },
  { heading: 'Sessions', cell: (g) => count(g.sessions) },
  { heading: 'Finished', cell: (g) => count(g.finished) },
  { heading: 'Summary inserted', cell: (g) => `${share(g.inserted, g.sessions)}%` },
  { heading: 'Explored', cell: (g) => `${share(g.tally.explored, slots(g.tally))}%` },
  { heading: 'Declined', cell: (g) => `${share(g.tally.declined, slots(g.tally))}%` },
  { heading: 'Left open', cell: (g) => `${share(g.tally.open, slots(g.tally))}%` },
];

/** Per team, per (pseudonymous) clinician and per framework version, so practice and versions can be compared. */
export function GroupsSection({ view }: { view: AuditView }) {
  return (
    <section class="dashboard-section" aria-labelledby="groups-h">
      <h2 id="groups-h">By team, clinician and framework version</h2>
      <p class="field__hint">Clinicians appear only by the pseudonymous id set in their Coplan settings. Shares are of each group’s prompts.</p>
      <DataTable caption="By team" rows={view.teams} rowKey={(g) => g.key} columns={columns('Team')} />
      <DataTable caption="By clinician" rows={view.clinicians} rowKey={(g) => g.key} columns={columns('Clinician')} />
      <DataTable caption="By framework version" rows={view.frameworks} rowKey={(g) => g.key} columns={columns('Framework version')} />
    </section>
  );
}
