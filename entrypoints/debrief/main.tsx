import { render } from 'preact';
import { Debrief } from '../../components/debrief/Debrief';
import '../../components/debrief/debrief.css';
import { Unavailable } from '../../components/demo/Unavailable';
import { personId } from '../../core/demo/people';
import { openDb } from '../../core/db';
import { builtInFramework } from '../../core/framework/builtin';
import { findScenario } from '../../core/training/catalogue';
import { readDebrief } from '../../core/training/debrief';
import { loadLastPractice } from '../../core/training/last-practice-item';
import { debriefHref, readPractice, recordHref } from '../../core/training/links';
import { loadScenarios } from '../../core/training/scenario-packs-item';

/**
 * The session and scenario in the address; debrief.html opened on its own shows the latest
 * practice run instead (issue 18), and its address then says which one, for a bookmark or a reload.
 */
async function whichDebrief(): Promise<{ sessionId: string | null; search: string }> {
  const params = new URLSearchParams(location.search);
  if (params.has('session')) return { sessionId: params.get('session'), search: location.search };
  const last = await loadLastPractice();
  if (!last) return { sessionId: null, search: location.search };
  const href = debriefHref(last.sessionId, last.scenarioId, last.hints);
  history.replaceState(history.state, '', href);
  return { sessionId: last.sessionId, search: href.slice(href.indexOf('?')) };
}

void whichDebrief().then(async ({ sessionId, search }) => {
  const [scenarios, row] = await Promise.all([loadScenarios(), sessionId ? openDb().sessions.get(sessionId) : undefined]);
  const root = document.getElementById('app')!;
  if (!sessionId) {
    return render(<Unavailable title="No debrief to show yet" reason="No practice session has been run on this device yet. Open a record on the demo EHR, choose a scenario and practise; its debrief appears here." />, root);
  }
  const page = readDebrief(findScenario(scenarios, new URLSearchParams(search).get('scenario')), row, builtInFramework);
  if (page.ok) document.title = `Debrief: ${page.scenario.title} (training) · Coplan`;
  render(
    page.ok ? (
      <Debrief {...page} backHref={recordHref(personId(page.scenario.person.name), { scenarioId: page.scenario.id, hints: readPractice(search)?.hints ?? false })} onPrint={() => print()} />
    ) : (
      <Unavailable title="No debrief to show" reason={page.reason} />
    ),
    root,
  );
});
