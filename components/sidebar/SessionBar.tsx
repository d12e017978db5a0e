import { useState } from 'preact/hooks';
import type { SessionModel } from '../../core/models/session-model';

const time = (at: number) => new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** Start a session, resume one of today's, or see which one is open. */
export function SessionBar({ model }: { model: SessionModel }) {
  const [label, setLabel] = useState('');
  const session = model.session.value;
  if (session) {
    return (
      <div class="session-bar">
        <p class="session-bar__current">
          Session: <strong>{session.label}</strong>
          {session.finishedAt !== undefined && <span class="tag">Finished</span>}
        </p>
        <button type="button" class="button button--secondary" onClick={() => void model.leave()}>
          All sessions
        </button>
      </div>
    );
  }
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
          <button type="submit" class="button">Start session</button>
        </div>
      </form>
      {model.today.value.length > 0 && (
        <section aria-labelledby="today-h">
          <h2 id="today-h" class="small-heading">Today’s sessions</h2>
          <ul class="today">
            {model.today.value.map((s) => (
              <li key={s.id}>
                <span>{s.label} · {time(s.updatedAt)}{s.finished ? ' · finished' : ''}</span>
                <button type="button" class="button button--secondary" aria-label={`Resume ${s.label}`} onClick={() => void model.resume(s.id)}>Resume</button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
