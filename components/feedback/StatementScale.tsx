import type { FeedbackStatement } from '../../core/framework/schema';

const SCALE: readonly (readonly [score: number, label: string])[] = [
  [5, 'Strongly agree'], [4, 'Agree'], [3, 'Neither agree nor disagree'], [2, 'Disagree'], [1, 'Strongly disagree'], [0, 'Prefer not to say'],
];

/** One statement on a 5-point scale with "Prefer not to say": large radio buttons, keyboard and touch friendly. */
export function StatementScale({ statement, value, onChange }: { statement: FeedbackStatement; value: number | undefined; onChange: (score: number) => void }) {
  return (
    <fieldset class="feedback__group">
      <legend>{statement.text}</legend>
      {SCALE.map(([score, label]) => (
        <label class="feedback__choice" key={score}>
          <input type="radio" name={`statement-${statement.id}`} value={score} checked={value === score} onChange={() => onChange(score)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}
