import { useState } from 'preact/hooks';
import type { EhrConnection } from '../../../core/ehr/connection';
import type { Framework } from '../../../core/framework/schema';
import type { SessionModel } from '../../../core/models/session-model';
import { generateSummary } from '../../../core/summary/summary';
import { ExportButtons } from './ExportButtons';
import { FinishControls } from './FinishControls';
import { InsertControls } from './InsertControls';

interface Props {
  framework: Framework;
  model: SessionModel;
  connection: EhrConnection;
}

/** Preview the summary, edit it if needed, put it into the EHR, finish. */
export function SummaryView({ framework, model, connection }: Props) {
  const session = model.session.value;
  // Once the clinician edits the preview, their text stands until they rebuild it.
  const [edited, setEdited] = useState<string | undefined>(undefined);
  if (!session) {
    return (
      <section class="summary" id="summary" aria-labelledby="summary-h" tabIndex={-1}>
        <h2 id="summary-h">Summary</h2>
        <p>Start a session, or mark a prompt, and the summary appears here.</p>
      </section>
    );
  }
  const text = edited ?? generateSummary(framework, session);
  return (
    <section class="summary" id="summary" aria-labelledby="summary-h" tabIndex={-1}>
      <h2 id="summary-h">Summary</h2>
      <div class="field">
        <label for="summary-text">Summary preview</label>
        <p class="field__hint" id="summary-text-hint">
          {edited === undefined ? 'Built from the session as you go. You can edit it before inserting.' : 'You have edited this summary; changes to the session no longer update it.'}
        </p>
        <textarea id="summary-text" rows={14} aria-describedby="summary-text-hint" value={text} onInput={(e) => setEdited(e.currentTarget.value)} />
        {edited !== undefined && (
          <button type="button" class="button button--secondary" onClick={() => setEdited(undefined)}>Rebuild the summary from the session</button>
        )}
      </div>
      <InsertControls connection={connection} text={text} binding={session.binding} />
      <FinishControls framework={framework} model={model} />
      <ExportButtons framework={framework} session={session} />
    </section>
  );
}
