import { useEffect } from 'preact/hooks';
import type { Framework } from '../../core/framework/schema';
import type { SessionModel } from '../../core/models/session-model';
import { DomainSection } from './DomainSection';

interface Props {
  framework: Framework;
  model: SessionModel;
  /** Called once the prompts can be used; the bench measures open → interactive with it. */
  onInteractive?: () => void;
}

export function App({ framework, model, onInteractive }: Props) {
  const session = model.session.value;
  useEffect(() => {
    if (session) onInteractive?.();
  }, [session !== undefined]);

  return (
    <div class="app">
      <header class="app__header">
        <h1>Coplan</h1>
        <p class="app__framework">{framework.name} · version {framework.version}</p>
      </header>
      <main>
        {session ? (
          framework.domains.map((domain) => (
            <DomainSection key={domain.id} domain={domain} session={session} onStatus={model.setStatus} onNote={model.setNote} />
          ))
        ) : (
          <p role="status">Loading your session…</p>
        )}
      </main>
    </div>
  );
}
