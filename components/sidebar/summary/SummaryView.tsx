import { useState } from 'preact/hooks';
import type { EhrConnection } from '../../../core/ehr/connection';
import type { Framework } from '../../../core/framework/schema';
import type { SessionModel } from '../../../core/models/session-model';
import { generateSummary, partItems, partText, type SummaryOptions } from '../../../core/summary/summary';
import { ExportButtons } from './ExportButtons';
import { FinishControls } from './FinishControls';
import { InsertControls, type SeparablePart } from './InsertControls';
import { PersonCopyButton } from './PersonCopyButton';
import { RecordReview } from './RecordReview';
import { useFieldChoice } from './use-field-choice';

interface Props {
  framework: Framework;
  model: SessionModel;
  connection: EhrConnection;
}

/** Agree each item with the person, preview the summary, edit it if needed, put it into the EHR, finish. */
export function SummaryView({ framework, model, connection }: Props) {
  const session = model.session.value;
  // Once the clinician edits the preview, their text stands until they rebuild it; an edit belongs
  // to the session it was made in, so it never follows the clinician into another person's session.
  const [edit, setEdit] = useState<{ sessionId: string; text: string } | undefined>(undefined);
  const choice = useFieldChoice(connection);
  if (!session) {
    return (
      <section class="summary" id="summary" aria-labelledby="summary-h" tabIndex={-1}>
        <h2 id="summary-h">Summary</h2>
        <p>Start a session, or mark a prompt, and the summary appears here.</p>
      </section>
    );
  }
  const edited = edit?.sessionId === session.id ? edit.text : undefined;
  const setEdited = (text: string | undefined) => setEdit(text === undefined ? undefined : { sessionId: session.id, text });
  /** The crisis plan and actions, each with the text the person agreed, or none when nothing of it goes in. */
  const partsFor = (agreed: SummaryOptions): SeparablePart[] =>
    (['crisis', 'actions'] as const).map((part) => ({
      part,
      name: part === 'crisis' ? 'crisis plan' : 'agreed actions',
      label: part === 'crisis' ? 'Crisis plan goes into' : 'Agreed actions go into',
      text: partItems(framework, session, part, agreed).length > 0 ? partText(framework, session, part, agreed) : undefined,
    }));
  return (
    <section class="summary" id="summary" aria-labelledby="summary-h" tabIndex={-1}>
      <h2 id="summary-h">Summary</h2>
      {/* The ticks belong to the session: one person's agreements never carry over to another's. */}
      <RecordReview key={session.id} framework={framework} session={session} onReview={(review) => void model.updateReview(review)}>
        {(agreed) => {
          const parts = partsFor(agreed);
          const separate = { crisis: !!parts[0]!.text && choice.separate('crisis'), actions: !!parts[1]!.text && choice.separate('actions') };
          const text = edited ?? generateSummary(framework, session, { ...agreed, separate });
          return (
            <>
              <div class="field">
                <label for="summary-text">Summary preview</label>
                <p class="field__hint" id="summary-text-hint">
                  {edited === undefined ? 'Built from the items ticked above as you go. You can edit it before inserting.' : 'You have edited this summary; changes to the session and the ticks above no longer update it.'}
                </p>
                <textarea id="summary-text" dir="auto" rows={14} readOnly={session.finishedAt !== undefined} aria-describedby="summary-text-hint" value={text} onInput={(e) => setEdited(e.currentTarget.value)} />
                {edited !== undefined && (
                  <button type="button" class="button button--secondary" onClick={() => setEdited(undefined)}>Rebuild the summary from the session</button>
                )}
              </div>
              {/* Keyed on finishing, so its messages ("Copied to the clipboard.", the last insert's) never outlive the session's state. */}
              <InsertControls
                key={session.finishedAt ?? 'open'}
                connection={connection}
                choice={choice}
                text={text}
                parts={parts}
                binding={session.binding}
                onInserted={(labels) => void model.noteInserted(labels)}
              />
            </>
          );
        }}
      </RecordReview>
      <PersonCopyButton sessionId={session.id} />
      <FinishControls framework={framework} model={model} />
      <ExportButtons framework={framework} session={session} />
    </section>
  );
}
