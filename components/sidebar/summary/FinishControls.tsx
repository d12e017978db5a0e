import { useState } from 'preact/hooks';
import type { Framework } from '../../../core/framework/schema';
import type { SessionModel } from '../../../core/models/session-model';
import { openDomains } from '../../../core/session/progress';

/** Finishing nudges about domains left open, but never blocks. */
export function FinishControls({ framework, model }: { framework: Framework; model: SessionModel }) {
  const [asking, setAsking] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const session = model.session.value;
  if (!session) return null;
  const open = openDomains(framework, session);
  const finish = () => (open.length && !asking ? setAsking(true) : void model.finish().then(() => setAsking(false)));

  return (
    <div class="finish">
      {asking && (
        <div class="notice notice--warning" role="alert">
          <p>These domains are still open:</p>
          <ul>{open.map((d) => <li key={d.id}><a href={`#domain-${d.id}`}>{d.title}</a></li>)}</ul>
          <p>Mark them (for example “Not relevant” or “Declined”), or finish anyway.</p>
          <div class="inline">
            <button type="button" class="button" onClick={() => void model.finish().then(() => setAsking(false))}>Finish anyway</button>
            <button type="button" class="button button--secondary" onClick={() => setAsking(false)}>Go back and mark them</button>
          </div>
        </div>
      )}
      <div class="inline">
        {session.finishedAt === undefined && !asking && <button type="button" class="button" onClick={finish}>Finish session</button>}
        {!confirmDelete ? (
          <button type="button" class="button button--danger" onClick={() => setConfirmDelete(true)}>Delete this session</button>
        ) : (
          <span class="inline" role="group" aria-label="Confirm deletion">
            <span>Delete this draft for good?</span>
            <button type="button" class="button button--danger" onClick={() => void model.remove()}>Yes, delete it</button>
            <button type="button" class="button button--secondary" onClick={() => setConfirmDelete(false)}>Keep it</button>
          </span>
        )}
      </div>
    </div>
  );
}
