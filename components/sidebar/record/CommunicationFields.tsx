import { INTERPRETER_NEED, type Communication, type InterpreterNeed } from '../../../core/session/schema';

const NEED_LABELS: Record<InterpreterNeed, string> = { 'not-asked': 'Not asked yet', yes: 'Yes', no: 'No' };

/** The person's language and communication needs, as the Accessible Information Standard (DCB1605) asks. */
export function CommunicationFields({ value, onChange }: { value: Communication; onChange: (next: Communication) => void }) {
  return (
    <fieldset class="field communication">
      <legend>Language and communication</legend>
      <div class="field field--nested">
        <label for="preferred-language">Preferred language</label>
        <input id="preferred-language" type="text" dir="auto" value={value.preferredLanguage} onInput={(e) => onChange({ ...value, preferredLanguage: e.currentTarget.value })} />
      </div>
      <fieldset class="field field--nested">
        <legend>Interpreter needed</legend>
        <div class="inline">
          {INTERPRETER_NEED.map((need) => (
            <label class="check" key={need}>
              <input type="radio" name="interpreter-needed" checked={value.interpreterNeeded === need} onChange={() => onChange({ ...value, interpreterNeeded: need })} />
              {NEED_LABELS[need]}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field field--nested">
        <label for="communication-support">Communication support needed</label>
        <p class="field__hint" id="communication-support-hint">For example large print, easy read, British Sign Language, braille, information read aloud, or a longer appointment.</p>
        <textarea
          id="communication-support"
          dir="auto"
          rows={2}
          aria-describedby="communication-support-hint"
          value={value.support}
          onInput={(e) => onChange({ ...value, support: e.currentTarget.value })}
        />
      </div>
    </fieldset>
  );
}
