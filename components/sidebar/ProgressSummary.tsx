import type { Framework } from '../../core/framework/schema';
import { progress } from '../../core/session/progress';
import type { Session } from '../../core/session/schema';

/** Domains at a glance; read out politely when it changes. */
export function ProgressSummary({ framework, session }: { framework: Framework; session: Session | undefined }) {
  const p = progress(framework, session);
  return (
    <p class="progress" role="status" aria-live="polite">
      Domains: <strong>{p.explored}</strong> explored · <strong>{p['not-relevant']}</strong> not relevant ·{' '}
      <strong>{p.declined}</strong> declined · <strong>{p.revisit}</strong> to revisit · <strong>{p.open}</strong> still open
    </p>
  );
}
