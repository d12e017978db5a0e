import { effect } from '@preact/signals';
import { render } from 'preact';
import '../../components/sidebar/sidebar.css';
import '../../components/dashboard/dashboard.css';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { saveFile } from '../../components/save-file';
import { drawWithUplot } from '../../components/dashboard/uplot-chart';
import { catalogueOf } from '../../core/audit/aggregate';
import { createDashboardModel } from '../../core/audit/dashboard-model';
import { labelsFrom } from '../../core/audit/labels';
import { openDb } from '../../core/db';
import { createEqualityModel, type EqualityModel } from '../../core/equality/equality-model';
import { builtInFramework } from '../../core/framework/builtin';
import { loadFeedbackStatements } from '../../core/packs/installed';

const labels = labelsFrom(builtInFramework);
const model = createDashboardModel({
  db: openDb(),
  catalogue: catalogueOf(builtInFramework),
  labels,
  query: location.search,
  // Filters live in the address, so a view can be bookmarked or shared with a colleague.
  onQuery: (query) => history.replaceState(null, '', query),
});

async function start(): Promise<void> {
  const db = openDb();
  // The statements in force, so the feedback table's columns are the ones people rated.
  const { statements, source } = await loadFeedbackStatements(db, builtInFramework);
  const equalityModel = createEqualityModel({
    db,
    domains: builtInFramework.domains.map((d) => [d.id, d.title] as const),
    statements: statements.map((s) => [s.id, s.text] as const),
    framework: source,
  });
  // Marks for `npm run bench`: from the equality view's read of its quarter to the frame that shows it.
  const equality: EqualityModel = { ...equalityModel, load: (filters) => (performance.mark('coplan:equality-load'), equalityModel.load(filters)) };
  effect(() => {
    if (equalityModel.view.value) requestAnimationFrame(() => setTimeout(() => performance.mark('coplan:equality-rendered')));
  });
  render(
    <DashboardApp model={model} equality={equality} labels={labels} save={saveFile} chart={drawWithUplot} now={Date.now()} onRendered={() => performance.mark('coplan:dashboard-rendered')} />,
    document.getElementById('app')!,
  );
  await model.load();
}

void start();
