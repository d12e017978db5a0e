import { render } from '@testing-library/preact';
import { App } from '../../components/sidebar/App';
import type { EhrConnection } from '../../core/ehr/connection';
import { createSessionModel } from '../../core/models/session-model';
import { memoryStore } from '../../core/session/store';
import { fakeConnection } from '../fixtures/fake-connection';
import { smallFramework } from '../fixtures/small-framework';

/** The whole sidebar over an in-memory store and a fake EHR page. */
export async function renderSidebar(connection: EhrConnection = fakeConnection([]).connection) {
  const store = memoryStore();
  const model = createSessionModel({ store, framework: smallFramework });
  await model.load();
  render(<App framework={smallFramework} model={model} connection={connection} />);
  return { store, model };
}
