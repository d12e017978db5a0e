import { useState } from 'preact/hooks';
import type { Prompt } from '../../core/framework/schema';
import { GuidanceLinks } from './guidance/GuidanceLinks';

/** Why it matters and other phrasings; built only when opened, since most stay closed. */
export function PromptDetails({ prompt }: { prompt: Prompt }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="prompt__more" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Why it matters and other ways to ask</summary>
      {open && (
        <>
          <p>{prompt.why}</p>
          <ul>
            {prompt.phrasings.map((p) => <li key={p}>{p}</li>)}
          </ul>
          <p><strong>Record:</strong> {prompt.record}</p>
          <GuidanceLinks promptId={prompt.id} sectionIds={prompt.guidance} />
        </>
      )}
    </details>
  );
}
