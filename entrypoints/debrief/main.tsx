import { render } from 'preact';
import { Debrief } from '../../components/debrief/Debrief';
import '../../components/debrief/debrief.css';
import { Unavailable } from '../../components/demo/Unavailable';
import { personId } from '../../core/demo/people';
import { openDb } from '../../core/db';
import { builtInFramework } from '../../core/framework/builtin';
import { findScenario } from '../../core/training/catalogue';
import { readDebrief } from '../../core/training/debrief';
import { recordHref } from '../../core/training/links';
import { loadScenarios } from '../../core/training/scenario-packs-item';

const params = new URLSearchParams(location.search);
const sessionId = params.get('session');

void Promise.all([loadScenarios(), sessionId ? openDb().sessions.get(sessionId) : undefined]).then(([scenarios, row]) => {
  const page = readDebrief(findScenario(scenarios, params.get('scenario')), row, builtInFramework);
  if (page.ok) document.title = `Debrief: ${page.scenario.title} (training) · Coplan`;
  render(
    page.ok ? (
      <Debrief {...page} backHref={recordHref(personId(page.scenario.person.name))} onPrint={() => print()} />
    ) : (
      <Unavailable title="No debrief to show" reason={page.reason} />
    ),
    document.getElementById('app')!,
  );
});
