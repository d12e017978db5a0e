import { render } from 'preact';
import { App } from '../../components/sidebar/App';
import { NotHere } from '../../components/sidebar/NotHere';
import '../../components/sidebar/sidebar.css';
import { openDb } from '../../core/db';
import { builtInFramework } from '../../core/framework/builtin';
import { readSidebarMode } from '../../core/sidebar-mode';
import { createGuidanceModel } from '../../core/models/guidance-model';
import { createSessionModel } from '../../core/models/session-model';
import { dexieStore } from '../../core/session/dexie-store';
import { extensionConnection } from './ehr-connection';
import { embedderAllowed } from './embedder';
import { closeOnEscape } from './escape-to-close';
import { loadHints } from './training-hints';

const mode = readSidebarMode(location.search);
const model = createSessionModel({
  store: dexieStore(openDb()),
  framework: builtInFramework,
  training: mode.training,
  onSaved: () => performance.mark('coplan:saved'),
});

const guidance = createGuidanceModel(() => import('./guidance-content').then((m) => m.loadGuidanceLibrary()));

closeOnEscape(document, extensionConnection);
const hints = mode.hints && mode.scenarioId ? loadHints(mode.scenarioId) : Promise.resolve(undefined);

void Promise.all([embedderAllowed(), model.load(), hints]).then(([allowed, , domainHints]) => {
  const root = document.getElementById('app')!;
  if (!allowed) return render(<NotHere />, root);
  performance.mark('coplan:session-loaded');
  render(
    <App
      framework={builtInFramework}
      model={model}
      guidance={guidance}
      training={mode.training}
      hints={domainHints}
      connection={extensionConnection}
      onInteractive={() => performance.mark('coplan:interactive')}
    />,
    root,
  );
  // Guidance is a keystroke away: load it once the prompts are up, before anyone searches.
  requestIdleCallback(() => void guidance.load());
});
