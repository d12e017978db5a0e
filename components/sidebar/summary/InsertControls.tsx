import { useState } from 'preact/hooks';
import type { EhrConnection } from '../../../core/ehr/connection';
import type { InsertReply } from '../../../core/messages';
import { CopyButton } from '../CopyButton';
import { FieldPicker } from './FieldPicker';

const FAILURES: Record<Extract<InsertReply, { ok: false }>['reason'], string> = {
  gone: 'That field is no longer on the page. Find fields again, or copy the summary.',
  'not-writable': 'That field cannot be typed into now. Choose another, or copy the summary.',
  'did-not-stick': 'The page did not keep the text. Check the field, and copy the summary to paste it by hand.',
  'no-page': 'Coplan cannot reach the EHR page. Copy the summary and paste it into the record.',
};

interface Props {
  connection: EhrConnection;
  text: string;
}

/** Choose a field, insert (append by default), and always offer copy as the fallback. */
export function InsertControls({ connection, text }: Props) {
  const [fieldId, setFieldId] = useState('');
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const [result, setResult] = useState<{ ok: boolean; message: string } | undefined>();

  const insert = async () => {
    if (!fieldId) return setResult({ ok: false, message: 'There is no field chosen. Copy the summary instead.' });
    const reply = await connection.insert(fieldId, text, mode);
    setResult(reply.ok ? { ok: true, message: 'The summary is in the EHR field. Check it there before you save the record.' } : { ok: false, message: FAILURES[reply.reason] });
  };

  return (
    <div class="insert">
      <FieldPicker connection={connection} value={fieldId} onChange={setFieldId} />
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
      <div class="inline">
        <button type="button" class="button" onClick={() => void insert()}>Insert into EHR</button>
        <CopyButton text={text} label="Copy summary" />
      </div>
      <p class={result?.ok === false ? 'notice notice--warning' : 'notice'} role="status" hidden={!result}>{result?.message}</p>
    </div>
  );
}
