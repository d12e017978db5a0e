import { useContext, useEffect, useState } from 'preact/hooks';
import type { EhrConnection } from '../../../core/ehr/connection';
import type { FieldInfo, InsertReply } from '../../../core/messages';
import type { Binding } from '../../../core/session/schema';
import { contextChanges, type ContextChange } from '../../../core/session/wrong-patient';
import { CopyButton } from '../CopyButton';
import { UsageContext } from '../usage-context';
import { FieldPicker } from './FieldPicker';
import { WrongPatientWarning } from './WrongPatientWarning';

const FAILURES: Record<Extract<InsertReply, { ok: false }>['reason'], string> = {
  gone: 'That field is no longer on the page. Find fields again, or copy the summary.',
  'not-writable': 'That field cannot be typed into now. Choose another, or copy the summary.',
  'did-not-stick': 'The page did not keep the text. Check the field, and copy the summary to paste it by hand.',
  'no-page': 'Coplan cannot reach the EHR page. Copy the summary and paste it into the record.',
  'context-changed': 'The page changed to another record, or could not be read, just before the insert, so nothing was written. Check whose record is open, then insert again.',
};

interface Props {
  connection: EhrConnection;
  text: string;
  binding: Binding | undefined;
}

type Result = { ok: boolean; message: string; undoable?: boolean };
/** What the warning asked about, and the exact page it was shown for: a confirmation holds for that page only. */
type Warning = { changes: ContextChange[]; shownFor: Binding | undefined };

/** Choose a field, check it is still the same person's record, insert (append by default), undo; copy always works. */
export function InsertControls({ connection, text, binding }: Props) {
  const [fields, setFields] = useState<FieldInfo[] | undefined>(undefined);
  const [fieldId, setFieldId] = useState('');
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const [warning, setWarning] = useState<Warning | undefined>();
  const [result, setResult] = useState<Result | undefined>();
  const report = useContext(UsageContext);

  const show = (found: FieldInfo[] | undefined, chosen?: string) => {
    setFields(found ?? []);
    const keep = chosen ?? (found?.some((f) => f.id === fieldId) ? fieldId : found?.[0]?.id ?? '');
    setFieldId(keep);
  };
  const refresh = async () => {
    const found = await connection.listFields();
    show(found?.fields, found?.preferred);
  };
  useEffect(() => void refresh(), []);

  // `confirmed` is the page the warning was shown for; the page writes only while it is still that page.
  const insert = async (confirmed?: Warning) => {
    setWarning(undefined);
    if (!fieldId) {
      report({ type: 'insertion-failed', outcome: 'no-field' });
      return setResult({ ok: false, message: 'There is no field chosen. Copy the summary instead.' });
    }
    if (confirmed) report({ type: 'wrong-patient-warning', outcome: 'continued' });
    const seen = confirmed ? confirmed.shownFor : await connection.context();
    const changes = confirmed ? [] : contextChanges(binding, seen);
    if (changes.length) {
      setWarning({ changes, shownFor: seen });
      return setResult(undefined);
    }
    const reply = seen ? await connection.insert(fieldId, text, mode, seen) : ({ ok: false, reason: 'no-page' } as const);
    report(reply.ok ? { type: 'summary-inserted' } : { type: 'insertion-failed', outcome: reply.reason });
    setResult(reply.ok ? { ok: true, undoable: true, message: 'The summary is in the EHR field. Check it there before you save the record.' } : { ok: false, message: FAILURES[reply.reason] });
  };
  const cancel = () => {
    report({ type: 'wrong-patient-warning', outcome: 'cancelled' });
    setWarning(undefined);
  };
  const undo = async () =>
    setResult((await connection.undo()) ? { ok: true, message: 'The insert was undone; the field holds what it held before.' } : { ok: false, message: 'The field has changed since, so Coplan left it alone.' });

  return (
    <div class="insert">
      <FieldPicker
        fields={fields}
        value={fieldId}
        onChange={(id) => {
          setFieldId(id);
          void connection.highlight(id);
        }}
        onRefresh={() => void refresh()}
        onPick={() => void connection.pick().then((picked) => picked && show(picked.fields, picked.fieldId))}
      />
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
      {warning && <WrongPatientWarning changes={warning.changes} onInsert={() => void insert(warning)} onCancel={cancel} />}
      <div class="inline">
        <button type="button" class="button" onClick={() => void insert()}>Insert into EHR</button>
        <CopyButton text={text} label="Copy summary" onCopied={() => report({ type: 'summary-copied' })} />
        {result?.undoable && <button type="button" class="button button--secondary" onClick={() => void undo()}>Undo insert</button>}
      </div>
      <p class={result?.ok === false ? 'notice notice--warning' : 'notice'} role="status" hidden={!result}>{result?.message}</p>
    </div>
  );
}
