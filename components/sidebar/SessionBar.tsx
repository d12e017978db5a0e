import { useState } from 'preact/hooks';
import type { SessionListItem, SessionModel } from '../../core/models/session-model';
import { clockTime } from '../../core/session/finished';
import { matchesBinding } from '../../core/session/wrong-patient';
import { DraftKept } from './DraftKept';
import { TeamIdNotice } from './TeamIdNotice';
import { ConfirmButton } from './HeldButton';


/** Start a session, continue one of today's (asking first if it began on another record), or see which one is open. */
export function SessionBar({ model, training = false }: { model: SessionModel; training?: boolean }) {
  const [label, setLabel] = useState('');
  const [asking, setAsking] = useState<string | undefined>();
  const session = model.session.value;
  const here = model.here.value;
  if (session) {
    return (
      <div class="session-bar">
        <p class="session-bar__current">
          Session: <strong>{session.label}</strong>
          {session.finishedAt !== undefined && <span class="tag">Finished at {clockTime(session.finishedAt)}</span>}
        </p>
        <button type="button" class="button button--secondary" onClick={() => void model.leave()}>
          All sessions
        </button>
        <DraftKept updatedAt={session.updatedAt} />
      </div>
    );
  }
  const carryOn = (item: SessionListItem) => (matchesBinding(item.binding, here) ? void model.resume(item.id) : setAsking(item.id));
  return (
    <div class="session-bar">
      <form
        class="session-bar__start"
        onSubmit={(event) => {
          event.preventDefault();
          void model.start(label);
          setLabel('');
        }}
      >
        <label for="session-label">Session label</label>
        <p class="field__hint" id="session-label-hint">Something only you will recognise, such as initials. No names or NHS numbers.</p>
        <div class="inline">
          <input id="session-label" type="text" maxLength={60} autoComplete="off" aria-describedby="session-label-hint" value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
          <button type="submit" class="button">Start a new session</button>
        </div>
      </form>
      {model.putAway.value !== undefined && (
        <p class="notice" role="status">
          This page shows another record now, so “{model.putAway.value}” was put away. It is in today’s sessions below.
        </p>
      )}
      {/* Training records are kept apart from the team's, so practice needs no team id. */}
      {!training && <TeamIdNotice />}
      {model.today.value.length > 0 && (
        <section aria-labelledby="today-h">
          <h2 id="today-h" class="small-heading">Today’s sessions</h2>
          {/* Labels and times only: a session's clinical text shows only once it is open beside its own record. */}
          <ul class="today">
            {model.today.value.map((s) => (
              <li key={s.id}>
                <span>{s.label} · {clockTime(s.updatedAt)}{s.finished ? ' · finished' : ''}</span>
                <button type="button" class="button button--secondary" aria-label={`Continue ${s.label}`} onClick={() => carryOn(s)}>Continue</button>
                {asking === s.id && (
                  <div class="notice notice--danger" role="alert">
                    <p><strong>This session began on another record.</strong> Continue it here only if this page shows the same person’s record; it will then belong to this record.</p>
                    <div class="inline">
                      <button type="button" class="button button--secondary" onClick={() => setAsking(undefined)}>Cancel</button>
                      <ConfirmButton class="button button--danger" onClick={() => void model.resume(s.id, here)}>Continue here</ConfirmButton>
                    </div>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
