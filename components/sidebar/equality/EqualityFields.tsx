import { CATEGORIES, type CategoryId, type EqualityAnswers } from '../../../core/equality/categories';
import { AnswerSelect } from '../../equality/AnswerSelect';

interface Props {
  /** The questions the trust's policy asks. */
  asked: readonly CategoryId[];
  value: EqualityAnswers | undefined;
  onChange: (next: EqualityAnswers) => void;
}

/**
 * The person's own equality answers (issue 16): each optional, each from a closed list, so only
 * codes are kept. They are counted only in team totals with small numbers hidden, never put into
 * the EHR summary, and the clinician never guesses them for the person.
 */
export function EqualityFields({ asked, value = {}, onChange }: Props) {
  const questions = CATEGORIES.filter((c) => asked.includes(c.id));
  if (!questions.length) return null;
  return (
    <fieldset class="field equality">
      <legend>Equality monitoring: the person’s own answers</legend>
      <p class="field__hint" id="equality-hint">
        Only if the person agrees, in their own choice of answer: never guess. Answers are kept as codes, counted only in
        team totals with small numbers hidden, and not written into the EHR summary.
      </p>
      {questions.map((c) => (
        <div class="field field--nested" key={c.id}>
          <AnswerSelect category={c} id={`equality-${c.id}`} blank="Not asked" answers={value} onChange={onChange} describedBy="equality-hint" />
        </div>
      ))}
    </fieldset>
  );
}
