import { useEffect, useRef, useState } from 'preact/hooks';
import type { Framework } from '../../../core/framework/schema';
import type { SessionModel } from '../../../core/models/session-model';
import { finishedMessage } from '../../../core/session/finished';
import { openDomains } from '../../../core/session/progress';
import { ConfirmButton } from '../HeldButton';

/**
 * Finishing nudges about domains left open, but never blocks. Once finished, the session is locked
 * and says so where the button was, naming what went into the record, with "Reopen" (issue 18).
 */
export function FinishControls({ framework, model }: { framework: Framework; model: SessionModel }) {
  const [asking, setAsking] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Focus follows the clinician's own press only: a session opened already finished keeps focus where it was.
  const [moveFocus, setMoveFocus] = useState(false);
  const nudge = useRef<HTMLDivElement>(null);
  const finished = useRef<HTMLDivElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
  const session = model.session.value;
  const finishedAt = session?.finishedAt;
  // The check appears where the clinician looks, not below the fold: focus scrolls it into view.
  useEffect(() => {
    if (asking) nudge.current?.focus();
  }, [asking]);
  useEffect(() => {
    if (!moveFocus) return;
    setMoveFocus(false);
    (finishedAt === undefined ? finishButton.current : finished.current)?.focus();
  }, [finishedAt]);
  if (!session) return null;
  const open = openDomains(framework, session);
  const finish = () => {
    setMoveFocus(true);
    void model.finish().then(() => setAsking(false));
  };

  return (
    <div class="finish">
      {asking && finishedAt === undefined && (
        <div class="notice notice--warning" role="alert" tabIndex={-1} ref={nudge}>
          <p>These domains are still open:</p>
          <ul>{open.map((d) => <li key={d.id}><a href={`#domain-${d.id}`}>{d.title}</a></li>)}</ul>
          <p>Mark them (for example “Not relevant” or “Declined”), or finish anyway.</p>
          <div class="inline">
            <button type="button" class="button" onClick={finish}>Finish anyway</button>
            <button type="button" class="button button--secondary" onClick={() => setAsking(false)}>Go back and mark them</button>
          </div>
        </div>
      )}
      {finishedAt !== undefined && (
        <div class="notice finished" tabIndex={-1} ref={finished}>
          <p class="finished__what"><strong>{finishedMessage(finishedAt, session.insertedInto)}</strong></p>
          <p>The session is locked: its statuses, words, notes and actions stay as they were finished. Reopen it to change anything.</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setMoveFocus(true);
              void model.reopen();
            }}
          >
            Reopen
          </button>
        </div>
      )}
      <div class="inline">
        {finishedAt === undefined && !asking && (
          <button type="button" class="button" ref={finishButton} onClick={() => (open.length ? setAsking(true) : finish())}>
            Finish session
          </button>
        )}
        {!confirmDelete ? (
          <button type="button" class="button button--danger" onClick={() => setConfirmDelete(true)}>Delete this session</button>
        ) : (
          <span class="inline" role="group" aria-label="Confirm deletion">
            <span>Delete this draft for good?</span>
            <ConfirmButton class="button button--danger" onClick={() => void model.remove()}>Yes, delete it</ConfirmButton>
            <button type="button" class="button button--secondary" onClick={() => setConfirmDelete(false)}>Keep it</button>
          </span>
        )}
      </div>
    </div>
  );
}
