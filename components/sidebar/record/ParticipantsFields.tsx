import { INTERPRETER_KINDS, type InterpreterKind, type Participants } from '../../../core/session/schema';

const PEOPLE: { key: 'advocate' | 'carer' | 'nominatedPerson'; label: string }[] = [
  { key: 'advocate', label: 'Advocate' },
  { key: 'carer', label: 'Carer' },
  { key: 'nominatedPerson', label: 'Nominated person' },
];

const KIND_LABELS: Record<InterpreterKind | '', string> = {
  '': 'Not recorded',
  professional: 'Professional, in person',
  telephone: 'Professional, by telephone',
  video: 'Professional, by video',
  'family-friend': 'Family member or friend',
};

/** Who took part besides the person and the clinician, and how any interpreter joined this session. */
export function ParticipantsFields({ value, onChange }: { value: Participants; onChange: (next: Participants) => void }) {
  return (
    <fieldset class="field participants">
      <legend>Who took part</legend>
      <label class="check">
        <input type="checkbox" checked={value.interpreter} onChange={(e) => onChange({ ...value, interpreter: e.currentTarget.checked })} />
        Interpreter used
      </label>
      {value.interpreter && (
        <>
          <div class="field field--nested">
            <label for="interpreter-language">Interpreter’s language</label>
            <input
              id="interpreter-language"
              type="text"
              dir="auto"
              value={value.interpreterLanguage}
              onInput={(e) => onChange({ ...value, interpreterLanguage: e.currentTarget.value })}
            />
          </div>
          <div class="field field--nested">
            <label for="interpreter-kind">Interpreter this session</label>
            <select id="interpreter-kind" value={value.interpreterKind} onChange={(e) => onChange({ ...value, interpreterKind: e.currentTarget.value as InterpreterKind | '' })}>
              {(['', ...INTERPRETER_KINDS] as const).map((kind) => <option key={kind} value={kind}>{KIND_LABELS[kind]}</option>)}
            </select>
          </div>
          {value.interpreterKind === 'family-friend' && (
            <div class="field field--nested">
              <label for="interpreter-reason">Why a family member or friend interpreted</label>
              <p class="field__hint" id="interpreter-reason-hint">Clinical conversations need a trained, independent interpreter; say why one was not used.</p>
              <input
                id="interpreter-reason"
                type="text"
                dir="auto"
                aria-describedby="interpreter-reason-hint"
                value={value.interpreterReason}
                onInput={(e) => onChange({ ...value, interpreterReason: e.currentTarget.value })}
              />
            </div>
          )}
        </>
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
