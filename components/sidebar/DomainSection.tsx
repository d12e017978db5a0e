import type { Domain } from '../../core/framework/schema';
import type { Session } from '../../core/session/schema';
import type { Status } from '../../core/session/statuses';
import { PromptCard } from './PromptCard';

interface Props {
  domain: Domain;
  session: Session;
  onStatus: (promptId: string, status: Status) => void;
  onNote: (promptId: string, note: string) => void;
}

const OPEN = { status: 'open', note: '' } as const;

export function DomainSection({ domain, session, onStatus, onNote }: Props) {
  const headingId = `domain-${domain.id}`;
  return (
    <section class="domain" aria-labelledby={headingId}>
      <h2 id={headingId}>{domain.title}</h2>
      <p class="domain__summary">{domain.summary}</p>
      <ul class="prompts">
        {domain.prompts.map((prompt) => (
          <PromptCard
            key={prompt.id}
            prompt={prompt}
            state={session.prompts[prompt.id] ?? OPEN}
            onStatus={(status) => onStatus(prompt.id, status)}
            onNote={(note) => onNote(prompt.id, note)}
          />
        ))}
      </ul>
    </section>
  );
}
