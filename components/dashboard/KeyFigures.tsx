import type { AuditView } from '../../core/audit/aggregate';
import { count, countAndShare, counted } from './format';

/** The headline numbers for the view. */
export function KeyFigures({ view }: { view: AuditView }) {
  const figures: [string, string][] = [
    ['Sessions', count(view.sessions)],
    ['Finished', countAndShare(view.finished, view.sessions)],
    ['Summary inserted into the EHR', countAndShare(view.inserted, view.sessions)],
    ['Summary copied', countAndShare(view.copied, view.sessions)],
    ['Insertions that failed', count(view.failedInsertions)],
    ['Wrong-person warnings', count(view.warnings)],
    ['Guidance sections opened', count(view.guidanceOpened)],
    ['Searches', count(view.searches)],
  ];
  return (
    <section class="dashboard-section" aria-labelledby="figures-h">
      <h2 id="figures-h">At a glance</h2>
      <dl class="figures">
        {figures.map(([label, value]) => (
          <div class="figure" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {view.skipped > 0 && <p class="notice notice--warning">{counted(view.skipped, 'damaged record')} {view.skipped === 1 ? 'was' : 'were'} left out of these counts.</p>}
    </section>
  );
}
