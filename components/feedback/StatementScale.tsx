import type { FeedbackPhrases } from '../../core/copy/feedback-phrases';
import type { FeedbackStatement } from '../../core/framework/schema';

const SCALE: readonly (readonly [score: number, label: keyof FeedbackPhrases])[] = [
  [5, 'stronglyAgree'], [4, 'agree'], [3, 'neither'], [2, 'disagree'], [1, 'stronglyDisagree'], [0, 'preferNot'],
];

interface Props {
  statement: FeedbackStatement;
  phrases: FeedbackPhrases;
  value: number | undefined;
  onChange: (score: number) => void;
}

/** One statement on a 5-point scale with "Prefer not to say": large radio buttons, keyboard and touch friendly. */
export function StatementScale({ statement, phrases, value, onChange }: Props) {
  return (
    <fieldset class="feedback__group">
      <legend>{statement.text}</legend>
      {SCALE.map(([score, label]) => (
        <label class="feedback__choice" key={score}>
          <input type="radio" name={`statement-${statement.id}`} value={score} checked={value === score} onChange={() => onChange(score)} /> {phrases[label]}
        </label>
      ))}
    </fieldset>
  );
}
