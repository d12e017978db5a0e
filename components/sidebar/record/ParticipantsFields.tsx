import type { Participants } from '../../../core/session/schema';

const PEOPLE: { key: 'advocate' | 'carer' | 'nominatedPerson'; label: string }[] = [
  { key: 'advocate', label: 'Advocate' },
  { key: 'carer', label: 'Carer' },
  { key: 'nominatedPerson', label: 'Nominated person' },
];

/** Who took part besides the person and the clinician. */
export function ParticipantsFields({ value, onChange }: { value: Participants; onChange: (next: Participants) => void }) {
  return (
    <fieldset class="field participants">
      <legend>Who took part</legend>
      <label class="check">
        <input type="checkbox" checked={value.interpreter} onChange={(e) => onChange({ ...value, interpreter: e.currentTarget.checked })} />
        Interpreter used
      </label>
      {value.interpreter && (
        <div class="field field--nested">
          <label for="interpreter-language">Interpreter’s language</label>
          <input
            id="interpreter-language"
            type="text"
            value={value.interpreterLanguage}
            onInput={(e) => onChange({ ...value, interpreterLanguage: e.currentTarget.value })}
          />
        </div>
      )}
      {PEOPLE.map(({ key, label }) => (
        <label class="check" key={key}>
          <input type="checkbox" checked={value[key]} onChange={(e) => onChange({ ...value, [key]: e.currentTarget.checked })} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
