import { useContext } from 'preact/hooks';
import type { Prompt } from '../../core/framework/schema';
import type { PromptState } from '../../core/session/schema';
import type { Status } from '../../core/session/statuses';
import { PromptDetails } from './PromptDetails';
import { LockedContext } from './locked-context';
import { StatusPicker } from './StatusPicker';

interface Props {
  prompt: Prompt;
  state: PromptState;
  onStatus: (status: Status) => void;
  onNote: (note: string) => void;
}

export function PromptCard({ prompt, state, onStatus, onNote }: Props) {
  const questionId = `q-${prompt.id}`;
  const noteId = `note-${prompt.id}`;
  const locked = useContext(LockedContext);
  return (
    <li class={`prompt prompt--${state.status}`} aria-labelledby={questionId}>
      <p class="prompt__question" id={questionId}>{prompt.question}</p>
      <PromptDetails prompt={prompt} />
      <StatusPicker promptId={prompt.id} question={prompt.question} value={state.status} onChange={onStatus} />
      <label class="prompt__note-label" for={noteId}>Note</label>
      <textarea
        id={noteId}
        class="prompt__note"
        dir="auto"
        rows={2}
        readOnly={locked}
        aria-describedby={questionId}
        value={state.note}
        onInput={(event) => onNote(event.currentTarget.value)}
      />
    </li>
  );
}
