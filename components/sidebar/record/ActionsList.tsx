import type { Action } from '../../../core/session/schema';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "By when" is a date picker (issue #18); a draft from before, holding free text such as "Friday",
 * keeps a text box so nothing it holds is hidden.
 */
const byWhenType = (value: string) => (value === '' || ISO_DATE.test(value) ? 'date' : 'text');

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
            <div class="field field--nested">
              <label for={`${action.id}-what`}>What (action {index + 1})</label>
              <textarea id={`${action.id}-what`} dir="auto" rows={2} value={action.what} onInput={(e) => set(index, { what: e.currentTarget.value })} />
            </div>
            <div class="field field--nested">
              <label for={`${action.id}-who`}>Who (action {index + 1})</label>
              <input id={`${action.id}-who`} type="text" dir="auto" value={action.who} onInput={(e) => set(index, { who: e.currentTarget.value })} />
            </div>
            <div class="field field--nested">
              <label for={`${action.id}-byWhen`}>By when (action {index + 1})</label>
              <input id={`${action.id}-byWhen`} type={byWhenType(action.byWhen)} dir="auto" value={action.byWhen} onInput={(e) => set(index, { byWhen: e.currentTarget.value })} />
            </div>
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
