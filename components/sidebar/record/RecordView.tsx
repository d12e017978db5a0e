import type { Framework } from '../../../core/framework/schema';
import type { SessionModel } from '../../../core/models/session-model';
import { EMPTY_RECORD } from '../../../core/session/session';
import { useContext } from 'preact/hooks';
import { LockedContext } from '../locked-context';
import { EqualityQuestionsContext } from '../equality/equality-context';
import { EqualityFields } from '../equality/EqualityFields';
import { FeedbackButton } from '../equality/FeedbackButton';
import { TextArea } from '../TextArea';
import { ActionsList } from './ActionsList';
import { CommunicationFields } from './CommunicationFields';
import { OptionsChecklist } from './OptionsChecklist';
import { ParticipantsFields } from './ParticipantsFields';

/** The co-production record: the person's words, who took part, what was agreed and what was not. */
export function RecordView({ framework, model }: { framework: Framework; model: SessionModel }) {
  const record = model.session.value?.record ?? EMPTY_RECORD;
  const update = model.updateRecord;
  const asked = useContext(EqualityQuestionsContext).value;
  const session = model.session.value;
  const locked = useContext(LockedContext);
  return (
    <section class="record" id="record" aria-labelledby="record-h" tabIndex={-1}>
      <h2 id="record-h">Co-production record</h2>
      {/* A finished session is locked: every field below shows what was finished, read-only, until it is reopened. */}
      <fieldset class="lock" disabled={locked}>
      <TextArea
        id="own-words"
        label="In their own words"
        hint="What matters to the person, written as they say it. It is quoted exactly in the summary."
        rows={4}
        value={record.ownWords}
        onInput={(ownWords) => void update({ ownWords })}
      />
      <CommunicationFields value={record.communication} onChange={(communication) => void update({ communication })} />
      <ParticipantsFields value={record.participants} onChange={(participants) => void update({ participants })} />
      {record.participants.carer && (
        <TextArea id="carer-view" label="Carer’s view" value={record.carerView} onInput={(carerView) => void update({ carerView })} />
      )}
      <ActionsList actions={record.actions} onChange={(actions) => void update({ actions })} />
      <OptionsChecklist options={framework.leastRestrictiveOptions} value={record.options} onChange={(options) => void update({ options })} />
      <TextArea
        id="disagreements"
        label="Points of disagreement"
        hint="What the person and the team see differently, in plain words, with each view stated fairly."
        value={record.disagreements}
        onInput={(disagreements) => void update({ disagreements })}
      />
      <EqualityFields asked={asked} value={record.equality} onChange={(equality) => void update({ equality })} />
      </fieldset>
      <FeedbackButton framework={`${framework.id}@${framework.version}`} training={session?.training ?? false} />
    </section>
  );
}
