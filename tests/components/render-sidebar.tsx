import { render, screen } from '@testing-library/preact';
import { App } from '../../components/sidebar/App';
import { ReadinessContext, type ReadinessHook } from '../../components/sidebar/use-verified-visible';
import type { EhrConnection } from '../../core/ehr/connection';
import type { Framework } from '../../core/framework/schema';
import { libraryOf } from '../../core/guidance/library';
import { createGuidanceModel } from '../../core/models/guidance-model';
import { createSessionModel } from '../../core/models/session-model';
import { memoryStore } from '../../core/session/store';
import { fakeConnection } from '../fixtures/fake-connection';
import { smallFramework } from '../fixtures/small-framework';
import { smallGuidance } from '../fixtures/small-guidance';

/** Happy-dom has no layout to see Coplan covered: in view at once, unless a test says otherwise. */
export const inViewAtOnce: ReadinessHook = () => ['ready', () => undefined];

/** The whole sidebar over an in-memory store, the small guidance library and a fake EHR page. */
export async function renderSidebar(
  connection: EhrConnection = fakeConnection([]).connection,
  trainer: { training?: boolean; hints?: Map<string, string[]> } = {},
  /** Sessions already in the database, as rows. */
  rows: unknown[] = [],
  framework: Framework = smallFramework,
  readiness: ReadinessHook = inViewAtOnce,
) {
  const store = memoryStore(rows);
  const model = createSessionModel({ store, framework, training: trainer.training });
  const guidance = createGuidanceModel(async () => libraryOf(smallGuidance));
  await model.load(await connection.context());
  render(
    <ReadinessContext.Provider value={readiness}>
      <App framework={framework} model={model} guidance={guidance} connection={connection} training={trainer.training} hints={trainer.hints} />
    </ReadinessContext.Provider>,
  );
  // The record and summary arrive in their own chunk, just after the prompts.
  await screen.findByRole('heading', { name: 'Co-production record' });
  return { store, model, guidance };
}
