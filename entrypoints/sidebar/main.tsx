import { render } from 'preact';
import { App } from '../../components/sidebar/App';
import '../../components/sidebar/sidebar.css';
import { openDb } from '../../core/db';
import { builtInFramework } from '../../core/framework/builtin';
import { createSessionModel } from '../../core/models/session-model';
import { dexieStore } from '../../core/session/dexie-store';

const model = createSessionModel({ store: dexieStore(openDb()), framework: builtInFramework });
void model.resumeOrStart('Today’s session');

render(
  <App
    framework={builtInFramework}
    model={model}
    onInteractive={() => performance.mark('coplan:interactive')}
  />,
  document.getElementById('app')!,
);
