import { NOT_STATED, PREFER_NOT, type Category, type CategoryId, type EqualityAnswers } from '../../core/equality/categories';

interface Props {
  category: Category;
  id: string;
  /** What no answer is called where the select is used ("Not asked", "No answer"). */
  blank: string;
  answers: EqualityAnswers;
  onChange: (next: EqualityAnswers) => void;
  describedBy?: string;
}

/** One equality question as a closed list of codes with "Not stated" and "Prefer not to say"; shared by the sidebar and the feedback page. */
export function AnswerSelect({ category, id, blank, answers, onChange, describedBy }: Props) {
  const set = (key: CategoryId, code: string) => {
    const next = { ...answers };
    if (code) next[key] = code;
    else delete next[key];
    onChange(next);
  };
  return (
    <>
      <label for={id}>{category.label}</label>
      <select id={id} aria-describedby={describedBy} value={answers[category.id] ?? ''} onChange={(e) => set(category.id, e.currentTarget.value)}>
        <option value="">{blank}</option>
        {category.codes.map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        <option value={NOT_STATED}>Not stated</option>
        <option value={PREFER_NOT}>Prefer not to say</option>
      </select>
    </>
  );
}
