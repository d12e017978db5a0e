import { useEffect } from 'preact/hooks';
import type { DashboardModel, ExportFile } from '../../core/audit/dashboard-model';
import { describeFilters } from '../../core/audit/filters';
import type { AuditLabels } from '../../core/audit/labels';
import type { ChartRenderer } from './chart-spec';
import { CoverageSection } from './CoverageSection';
import type { EqualityModel } from '../../core/equality/equality-model';
import { EmptyState } from './EmptyState';
import { EqualitySection } from './EqualitySection';
import { ExportArea } from './ExportArea';
import { FiltersForm } from './FiltersForm';
import { dateLabel } from './format';
import { GroupsSection } from './GroupsSection';
import { ImportArea } from './ImportArea';
import { KeyFigures } from './KeyFigures';
import { OptionsSection } from './OptionsSection';
import { SignalsSection } from './SignalsSection';
import { TrendSection } from './TrendSection';

interface Props {
  model: DashboardModel;
  /** The "Equality and feedback" section (issue 16); left out where not wired. */
  equality?: EqualityModel;
  labels: AuditLabels;
  save: (file: ExportFile) => void;
  chart?: ChartRenderer;
  now: number;
  /** Called each time a view has been drawn; the bench times first render with it. */
  onRendered?: () => void;
}

/** The team lead's dashboard: filters, figures, charts with tables, import and export. */
export function DashboardApp({ model, equality, labels, save, chart, now, onRendered }: Props) {
  const [view, extent, status, filters] = [model.view.value, model.extent.value, model.status.value, model.filters.value];
  useEffect(() => { if (status === 'ready') onRendered?.(); }, [status, view]);
  const keys = (rows?: { key: string }[]) => rows?.map((r) => r.key) ?? [];
  return (
    <div class="app dashboard">
      <header class="app__header">
        <h1>Coplan usage dashboard</h1>
        <p class="app__framework">How your team uses the care-planning prompts. No patient data is held here.</p>
      </header>
      <main>
        <p class="dashboard__scope">
          Showing sessions started from {dateLabel(filters.from)} to {dateLabel(filters.to)} (UK time): {describeFilters(filters)}.
        </p>
        <FiltersForm filters={filters} teams={keys(view?.teams)} clinicians={keys(view?.clinicians)} frameworks={keys(view?.frameworks)} now={now}
          onApply={(next) => void model.setFilters(next)} />
        <p role="status" class="dashboard__status">{status === 'loading' ? 'Reading usage records…' : ''}</p>
        {status === 'failed' && <p role="alert" class="notice notice--warning">The usage records could not be read. Reload the page to try again.</p>}
        {view && extent && view.sessions === 0 && (
          <EmptyState extent={extent} onShowAll={(from, to) => void model.setFilters({ ...filters, from, to })} />
        )}
        {view && view.sessions > 0 && (
          <>
            <KeyFigures view={view} />
            <CoverageSection view={view} labels={labels} chart={chart} />
            <TrendSection view={view} chart={chart} />
            <SignalsSection view={view} labels={labels} chart={chart} />
            <OptionsSection view={view} labels={labels} chart={chart} />
            <GroupsSection view={view} />
          </>
        )}
        {equality && <EqualitySection model={equality} filters={filters} chart={chart} save={save} />}
        <ImportArea model={model} />
        <ExportArea model={model} save={save} />
      </main>
    </div>
  );
}
