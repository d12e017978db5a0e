import { render } from 'preact';
import { App } from '../../components/sidebar/App';
import '../../components/sidebar/sidebar.css';
import { openDb } from '../../core/db';
import { builtInFramework } from '../../core/framework/builtin';
import { createGuidanceModel } from '../../core/models/guidance-model';
import { createSessionModel } from '../../core/models/session-model';
import { dexieStore } from '../../core/session/dexie-store';
import { extensionConnection } from './ehr-connection';
import { closeOnEscape } from './escape-to-close';

const model = createSessionModel({
  store: dexieStore(openDb()),
  framework: builtInFramework,
  onSaved: () => performance.mark('coplan:saved'),
});

const guidance = createGuidanceModel(() => import('./guidance-content').then((m) => m.loadGuidanceLibrary()));

closeOnEscape(document, extensionConnection);
void model.load().then(() => {
  performance.mark('coplan:session-loaded');
  render(
    <App
      framework={builtInFramework}
      model={model}
      guidance={guidance}
      connection={extensionConnection}
      onInteractive={() => performance.mark('coplan:interactive')}
    />,
    document.getElementById('app')!,
  );
  // Guidance is a keystroke away: load it once the prompts are up, before anyone searches.
  requestIdleCallback(() => void guidance.load());
});
