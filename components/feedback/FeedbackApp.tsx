import { useState } from 'preact/hooks';
import type { CategoryId, EqualityAnswers } from '../../core/equality/categories';
import type { FeedbackStatement } from '../../core/framework/schema';
import type { FeedbackAnswers } from '../../core/feedback/store';
import { AboutYou } from './AboutYou';
import { StatementScale } from './StatementScale';

interface Props {
  statements: readonly FeedbackStatement[];
  /** Equality questions the trust's policy asks. */
  asked: readonly CategoryId[];
  /** Stores the answers; resolves false if they could not be stored. */
  send: (answers: FeedbackAnswers) => Promise<boolean>;
}

type Stage = 'asking' | 'sending' | 'sent' | 'failed';

/**
 * The person's (or carer's) feedback page (issue 16): a clean page with nothing of the session on
 * it. Once sent it clears, and shows nothing of the answers, so the clinician cannot read them back.
 */
export function FeedbackApp({ statements, asked, send }: Props) {
  const [carer, setCarer] = useState(false);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [equality, setEquality] = useState<EqualityAnswers>({});
  const [stage, setStage] = useState<Stage>('asking');
  // A new key remounts the form, so nothing chosen before survives into the next person's turn.
  const [round, setRound] = useState(0);

  const submit = async (e: Event) => {
    e.preventDefault();
    setStage('sending');
    const ok = await send({ carer, scores, equality });
    setCarer(false);
    setScores({});
    setEquality({});
    setRound((r) => r + 1);
    setStage(ok ? 'sent' : 'failed');
  };

  if (stage === 'sent') {
    return (
      <main class="feedback" aria-labelledby="thanks-h">
        <h1 id="thanks-h" tabIndex={-1} ref={(h) => h?.focus()}>Thank you</h1>
        <p>Your feedback has been sent. It is not linked to your name or your records.</p>
        <p>You can hand the screen back now.</p>
        <button type="button" class="feedback__button feedback__button--secondary" onClick={() => setStage('asking')}>Give feedback as someone else</button>
      </main>
    );
  }
  return (
    <main class="feedback" aria-labelledby="feedback-h">
      <h1 id="feedback-h">How did today’s conversation feel?</h1>
      <p>
        This is for you{carer ? ' as a carer, family member or friend' : ''}. Your answers are anonymous: they are not linked to your
        name, your records or the staff you spoke with, and are only ever counted together with other people’s.
        Every question is optional.
      </p>
      {stage === 'failed' && <p role="alert" class="feedback__alert">Your feedback could not be saved. Please tell a member of staff, or try again.</p>}
      <form key={round} onSubmit={(e) => void submit(e)}>
        <fieldset class="feedback__group">
          <legend>Who is giving this feedback?</legend>
          <label class="feedback__choice"><input type="radio" name="who" checked={!carer} onChange={() => setCarer(false)} /> I am the person receiving care</label>
          <label class="feedback__choice"><input type="radio" name="who" checked={carer} onChange={() => setCarer(true)} /> I am a carer, family member or friend</label>
        </fieldset>
        {statements.map((s) => (
          <StatementScale key={s.id} statement={s} value={scores[s.id]} onChange={(score) => setScores({ ...scores, [s.id]: score })} />
        ))}
        <AboutYou asked={asked} carer={carer} value={equality} onChange={setEquality} />
        <button type="submit" class="feedback__button" disabled={stage === 'sending'}>Send feedback</button>
      </form>
    </main>
  );
}
