import { useContext, useState } from 'preact/hooks';
import type { EhrConnection } from '../../../core/ehr/connection';
import type { FieldInfo, InsertReply } from '../../../core/messages';
import type { Binding } from '../../../core/session/schema';
import { contextChanges, type ContextChange } from '../../../core/session/wrong-patient';
import { CopyButton } from '../CopyButton';
import { UsageContext } from '../usage-context';
import { HeldButton } from '../HeldButton';
import { useReadiness } from '../use-verified-visible';
import { FieldPicker, FieldSelect } from './FieldPicker';
import { OneLineWarning } from './OneLineWarning';
import type { FieldChoice, PartFields } from './use-field-choice';
import { WrongPatientWarning } from './WrongPatientWarning';

const FAILURES: Record<Extract<InsertReply, { ok: false }>['reason'], string> = {
  gone: 'That field is no longer on the page. Find fields again, or copy the summary.',
  'not-writable': 'That field cannot be typed into now. Choose another, or copy the summary.',
  'did-not-stick': 'The page did not keep the text. Check the field, and copy the summary to paste it by hand.',
  'no-page': 'Coplan cannot reach the EHR page. Copy the summary and paste it into the record.',
  'context-changed': 'The page changed to another record, or could not be read, just before the insert, so nothing was written. Check whose record is open, then insert again.',
  obscured: 'Nothing was inserted: something on the page was covering, hiding or moving Coplan. Close anything over the sidebar and try again, or copy the summary.',
};

/** A part of the summary that may go into a field of its own; no text when the session holds none. */
export interface SeparablePart {
  part: keyof PartFields;
  /** Lower case, as it reads in a sentence: "crisis plan". */
  name: string;
  /** The label of its field list; never containing "EHR field", the summary's list's name. */
  label: string;
  text?: string;
}

/** Shown while the page keeps Coplan covered, transparent or out of view. */
export const HELD = 'Insert is held: something on the page is covering or hiding Coplan, or it is out of view. It becomes available once Coplan is fully in view.';

interface Props {
  connection: EhrConnection;
  choice: FieldChoice;
  /** The summary as it goes in: without the parts that go into fields of their own. */
  text: string;
  parts: SeparablePart[];
  binding: Binding | undefined;
  /** Called with the labels of the fields written to after an insert, and with none after its undo. */
  onInserted: (labels: string[]) => void;
}

type Result = { ok: boolean; message: string; undoable?: boolean };
/** What the warning asked about, and the exact page it was shown for: a confirmation holds for that page only. */
type Warning = { changes: ContextChange[]; shownFor: Binding | undefined };
type Target = { field: FieldInfo; text: string; name: string };

const quoted = (target: Target) => `${target.name} into '${target.field.label}'`;
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Choose fields, check it is still the same person's record, insert every part (append by default), undo all at once; copy always works. */
export function InsertControls({ connection, choice, text, parts, binding, onInserted }: Props) {
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const [warning, setWarning] = useState<Warning | undefined>();
  const [oneLine, setOneLine] = useState<FieldInfo[]>([]);
  const [result, setResult] = useState<Result | undefined>();
  // How many fields the last insert wrote to, so the undo's message speaks of one field or several.
  const [insertedParts, setInsertedParts] = useState(0);
  const report = useContext(UsageContext);
  const { fields, fieldId } = choice;
  const fieldOf = (id: string) => fields?.find((f) => f.id === id);
  // Writing into the record waits until the sidebar has been seen, uncovered, for half a second (issue 17).
  const [readiness, insertButton] = useReadiness(500);
  const [undoReadiness, undoButton] = useReadiness(500);

  const targets = (): Target[] => {
    const summary = fieldOf(fieldId);
    if (!summary) return [];
    const own = parts.filter((p) => p.text && choice.separate(p.part));
    return [{ field: summary, text, name: 'the summary' }, ...own.map((p) => ({ field: fieldOf(choice.mapped[p.part])!, text: p.text!, name: `the ${p.name}` }))];
  };

  // `confirmed.person` is the page the warning was shown for; the page writes only while it is still that page.
  const insert = async (confirmed: { oneLine?: boolean; person?: Warning } = {}) => {
    setWarning(undefined);
    // The last insert's message must not stand for this one while it is under way.
    setResult(undefined);
    const all = targets();
    if (all.length === 0) {
      report({ type: 'insertion-failed', outcome: 'no-field' });
      return setResult({ ok: false, message: 'There is no field chosen. Copy the summary instead.' });
    }
    // A one-line box runs the summary's lines together: the clinician decides, before anything goes in.
    const single = confirmed.oneLine ? [] : all.filter((t) => t.field.kind === 'input').map((t) => t.field);
    setOneLine(single);
    if (single.length) return setResult(undefined);
    // Whose record it is gets checked last, right before the insert.
    if (confirmed.person) report({ type: 'wrong-patient-warning', outcome: 'continued' });
    const seen = confirmed.person ? confirmed.person.shownFor : await connection.context();
    const changes = confirmed.person ? [] : contextChanges(binding, seen);
    if (changes.length) {
      setWarning({ changes, shownFor: seen });
      return setResult(undefined);
    }

    const done: Target[] = [];
    setInsertedParts(0);
    for (const target of all) {
      const reply = seen ? await connection.insert(target.field.id, target.text, mode, seen, done.length > 0) : ({ ok: false, reason: 'no-page' } as const);
      if (!reply.ok) {
        report({ type: 'insertion-failed', outcome: reply.reason });
        if (done.length) onInserted(done.map((t) => t.field.label));
        const went = done.length ? ` ${sentence(done.map(quoted).join(' and '))} went in.` : '';
        return setResult({ ok: false, undoable: done.length > 0, message: `${sentence(target.name)} did not go into '${target.field.label}'. ${FAILURES[reply.reason]}${went}` });
      }
      done.push(target);
      setInsertedParts(done.length);
    }
    report({ type: 'summary-inserted' });
    onInserted(done.map((t) => t.field.label));
    setResult({ ok: true, undoable: true, message: `Inserted ${done.map(quoted).join(' and ')}. Check ${done.length > 1 ? 'them' : 'it'} there before you save the record.` });
  };
  const cancel = () => {
    report({ type: 'wrong-patient-warning', outcome: 'cancelled' });
    setWarning(undefined);
  };
  const chooseAnother = () => {
    setOneLine([]);
    document.getElementById('ehr-field')?.focus();
  };
  const undo = async () => {
    const ok = await connection.undo();
    // Only a whole insert was counted (summary-inserted); taking it back uncounts it for the dashboard.
    if (ok && result?.ok) report({ type: 'summary-insert-undone' });
    if (ok) onInserted([]);
    const one = insertedParts < 2;
    if (ok) return setResult({ ok: true, message: one ? 'The insert was undone; the field holds what it held before.' : 'The insert was undone; the fields hold what they held before.' });
    setResult({ ok: false, message: one ? 'The field has changed since, so Coplan left it alone.' : 'A field has changed since the insert, so Coplan left it alone; the others hold what they held before.' });
  };

  const separable = parts.filter((p) => p.text && fields && fields.length > 1);
  return (
    <div class="insert">
      <FieldPicker fields={fields} value={fieldId} onChange={choice.choose} onRefresh={() => void choice.refresh()} onPick={() => void choice.pick()} />
      {separable.map((p) => (
        <div class="field" key={p.part}>
          <FieldSelect
            id={`ehr-field-${p.part}`}
            label={p.label}
            fields={fields}
            value={choice.separate(p.part) ? choice.mapped[p.part] : ''}
            none="In the summary"
            onChange={(id) => choice.map(p.part, id)}
          />
        </div>
      ))}
      <fieldset class="field">
        <legend>How to insert</legend>
        <label class="check">
          <input type="radio" name="insert-mode" checked={mode === 'append'} onChange={() => setMode('append')} />
          Add after what the field already holds
        </label>
        <label class="check">
          <input type="radio" name="insert-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          Replace what the field holds
        </label>
      </fieldset>
      {warning && <WrongPatientWarning changes={warning.changes} onInsert={() => void insert({ oneLine: true, person: warning })} onCancel={cancel} />}
      {oneLine.length > 0 && <OneLineWarning fields={oneLine} onInsert={() => void insert({ oneLine: true })} onCancel={chooseAnother} />}
      <div class="inline">
        <HeldButton class="button" held={readiness !== 'ready'} attach={insertButton} onClick={() => void insert()}>Insert into EHR</HeldButton>
        <CopyButton text={text} label="Copy summary" onCopied={() => report({ type: 'summary-copied' })} />
        {result?.undoable && (
          <HeldButton class="button button--secondary" held={undoReadiness !== 'ready'} attach={undoButton} onClick={() => void undo()}>
            Undo insert
          </HeldButton>
        )}
      </div>
      {readiness === 'blocked' && <p class="notice notice--warning">{HELD}</p>}
      <p class={result?.ok === false ? 'notice notice--warning' : 'notice'} role="status" hidden={!result}>{result?.message}</p>
    </div>
  );
}
