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
import { createEqualityModel } from '../../core/equality/equality-model';
import { builtInFramework } from '../../core/framework/builtin';

const labels = labelsFrom(builtInFramework);
const model = createDashboardModel({
  db: openDb(),
  catalogue: catalogueOf(builtInFramework),
  labels,
  query: location.search,
  // Filters live in the address, so a view can be bookmarked or shared with a colleague.
  onQuery: (query) => history.replaceState(null, '', query),
});

const equality = createEqualityModel({
  db: openDb(),
  domains: builtInFramework.domains.map((d) => [d.id, d.title] as const),
  statements: (builtInFramework.feedbackStatements ?? []).map((s) => [s.id, s.text] as const),
  framework: `${builtInFramework.id}@${builtInFramework.version}`,
});

render(
  <DashboardApp model={model} equality={equality} labels={labels} save={saveFile} chart={drawWithUplot} now={Date.now()} onRendered={() => performance.mark('coplan:dashboard-rendered')} />,
  document.getElementById('app')!,
);
void model.load();
