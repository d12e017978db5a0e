import type { LeastRestrictiveOption } from '../../../core/framework/schema';
import { OPTION_CHOICES, type OptionChoice, type OptionState } from '../../../core/session/schema';

const CHOICE_LABELS: Record<OptionChoice | 'none', string> = {
  none: 'Not discussed',
  discussed: 'Discussed',
  preferred: 'Preferred',
  'not-suitable': 'Not suitable',
};

interface Props {
  options: LeastRestrictiveOption[];
  value: Record<string, OptionState>;
  onChange: (next: Record<string, OptionState>) => void;
}

/** The least-restrictive options from the framework, each discussed, preferred or not suitable, with a reason. */
export function OptionsChecklist({ options, value, onChange }: Props) {
  const set = (id: string, state: OptionState | undefined) => {
    const next = { ...value };
    if (state) next[id] = state;
    else delete next[id];
    onChange(next);
  };
  return (
    <fieldset class="field options">
      <legend>Least-restrictive options considered</legend>
      {options.map((option) => {
        const state = value[option.id];
        return (
          <div class="option" key={option.id}>
            <label for={`option-${option.id}`}>{option.label}</label>
            <p class="field__hint" id={`option-${option.id}-hint`}>{option.description}</p>
            <select
              id={`option-${option.id}`}
              aria-describedby={`option-${option.id}-hint`}
              value={state?.choice ?? 'none'}
              onChange={(e) => {
                const choice = e.currentTarget.value;
                set(option.id, choice === 'none' ? undefined : { choice: choice as OptionChoice, reason: state?.reason ?? '' });
              }}
            >
              {(['none', ...OPTION_CHOICES] as const).map((c) => <option key={c} value={c}>{CHOICE_LABELS[c]}</option>)}
            </select>
            {state && (
              <div class="field field--nested">
                <label for={`option-${option.id}-reason`}>Reason ({option.label})</label>
                <input id={`option-${option.id}-reason`} type="text" dir="auto" value={state.reason} onInput={(e) => set(option.id, { ...state, reason: e.currentTarget.value })} />
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
