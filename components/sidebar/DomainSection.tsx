import { Component } from 'preact';
import type { Domain } from '../../core/framework/schema';
import { domainProgressText, domainState } from '../../core/session/progress';
import type { PromptState } from '../../core/session/schema';
import { OPEN_PROMPT } from '../../core/session/session';
import { STATUS_LABELS, type Status } from '../../core/session/statuses';
import { DomainIntro } from './intro/DomainIntro';
import { PromptCard } from './PromptCard';
import { ServicesForDomain } from './services/ServicesForDomain';

interface Props {
  domain: Domain;
  /** Trainer hints: what this scenario hopes the trainee covers here. */
  hints?: string[];
  states: Record<string, PromptState> | undefined;
  /** Must do the same on every render: a section is not drawn again for new handlers alone. */
  onStatus: (promptId: string, status: Status) => void;
  onNote: (promptId: string, note: string) => void;
  /**
   * The rest of a domain whose core prompts are on today's agenda (the first-contact path): its
   * heading needs an id of its own, and its services already show with the core prompts.
   */
  rest?: boolean;
}

/** Whether a section shows the same: its domain, hints and the states of its own prompts (each change makes a new state object only for the prompt it changes). */
function unchanged(before: Props, after: Props): boolean {
  if (before.domain !== after.domain || before.hints !== after.hints || before.rest !== after.rest) return false;
  return before.states === after.states || after.domain.prompts.every((p) => before.states?.[p.id] === after.states?.[p.id]);
}

/**
 * One domain's prompts. A status change or a note draws again only the domain it is in: every
 * domain drawn again (about 2,400 elements diffed) held the main thread, which the save of the
 * change waits on (bench status-change-persisted). Context and signals still update it directly.
 */
export class DomainSection extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return !unchanged(this.props, next);
  }

  override render(props: Props) {
    return <DomainView {...props} />;
  }
}

function DomainView({ domain, hints, states, onStatus, onNote, rest = false }: Props) {
  const headingId = rest ? `domain-${domain.id}-rest` : `domain-${domain.id}`;
  const state = domainState(domain, states);
  return (
    <section class={`domain domain--${state}`} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {domain.title} <span class="tag">{domainProgressText(domain, states, STATUS_LABELS)}</span>
      </h2>
      <DomainIntro domain={domain} />
      {hints && (
        <div class="notice hint">
          <p><strong>Hint for this scenario</strong></p>
          <ul>{hints.map((hint) => <li key={hint}>{hint}</li>)}</ul>
        </div>
      )}
      <ul class="prompts">
        {domain.prompts.map((prompt) => (
          <PromptCard
            key={prompt.id}
            prompt={prompt}
            state={states?.[prompt.id] ?? OPEN_PROMPT}
            onStatus={(status) => onStatus(prompt.id, status)}
            onNote={(note) => onNote(prompt.id, note)}
          />
        ))}
      </ul>
      {!rest && <ServicesForDomain domainId={domain.id} />}
    </section>
  );
}
