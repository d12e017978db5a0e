import { render } from 'preact';
import { App } from '../../components/sidebar/App';
import '../../components/sidebar/sidebar.css';
import { openDb } from '../../core/db';
import { builtInFramework } from '../../core/framework/builtin';
import { createSessionModel } from '../../core/models/session-model';
import { dexieStore } from '../../core/session/dexie-store';
import { extensionConnection } from './ehr-connection';
import { closeOnEscape } from './escape-to-close';

const model = createSessionModel({
  store: dexieStore(openDb()),
  framework: builtInFramework,
  onSaved: () => performance.mark('coplan:saved'),
});

closeOnEscape(document, extensionConnection);
void model.load().then(() => {
  performance.mark('coplan:session-loaded');
  render(
    <App
      framework={builtInFramework}
      model={model}
      connection={extensionConnection}
      onInteractive={() => performance.mark('coplan:interactive')}
    />,
    document.getElementById('app')!,
  );
});
