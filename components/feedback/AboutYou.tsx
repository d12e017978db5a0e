import { CATEGORIES, type CategoryId, type EqualityAnswers } from '../../core/equality/categories';
import { AnswerSelect } from '../equality/AnswerSelect';

interface Props {
  asked: readonly CategoryId[];
  carer: boolean;
  value: EqualityAnswers;
  onChange: (next: EqualityAnswers) => void;
}

/** Optional equality questions, answered by the person themselves (or by a carer, about the person they care for). */
export function AboutYou({ asked, carer, value, onChange }: Props) {
  const questions = CATEGORIES.filter((c) => asked.includes(c.id));
  if (!questions.length) return null;
  return (
    <fieldset class="feedback__group">
      <legend>{carer ? 'About the person you care for (optional)' : 'About you (optional)'}</legend>
      <p class="feedback__hint">These help the service check that everyone gets the same good care. Only totals for groups of people are ever shown.</p>
      {questions.map((c) => (
        <div class="feedback__field" key={c.id}>
          <AnswerSelect category={c} id={`about-${c.id}`} blank="No answer" answers={value} onChange={onChange} />
        </div>
      ))}
    </fieldset>
  );
}
