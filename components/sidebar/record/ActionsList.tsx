import type { Action } from '../../../core/session/schema';

const FIELDS: { key: 'what' | 'who' | 'byWhen'; label: string }[] = [
  { key: 'what', label: 'What' },
  { key: 'who', label: 'Who' },
  { key: 'byWhen', label: 'By when' },
];

/** Agreed actions: who does what, by when. */
export function ActionsList({ actions, onChange }: { actions: Action[]; onChange: (next: Action[]) => void }) {
  const set = (index: number, change: Partial<Action>) => onChange(actions.map((a, i) => (i === index ? { ...a, ...change } : a)));
  return (
    <fieldset class="field actions">
      <legend>Agreed actions</legend>
      {actions.length === 0 && <p class="field__hint">No actions yet.</p>}
      <ol>
        {actions.map((action, index) => (
          <li key={action.id} class="action">
            {FIELDS.map(({ key, label }) => (
              <div class="field field--nested" key={key}>
                <label for={`${action.id}-${key}`}>{label} (action {index + 1})</label>
                <input id={`${action.id}-${key}`} type="text" dir="auto" value={action[key]} onInput={(e) => set(index, { [key]: e.currentTarget.value })} />
              </div>
            ))}
            <button type="button" class="button button--secondary" onClick={() => onChange(actions.filter((_, i) => i !== index))}>
              Remove action {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="button button--secondary" onClick={() => onChange([...actions, { id: `action-${crypto.randomUUID()}`, who: '', what: '', byWhen: '' }])}>
        Add an action
      </button>
    </fieldset>
  );
}
