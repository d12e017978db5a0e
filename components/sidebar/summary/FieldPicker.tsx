import { useEffect, useState } from 'preact/hooks';
import type { EhrConnection } from '../../../core/ehr/connection';
import type { FieldInfo } from '../../../core/messages';

interface Props {
  connection: EhrConnection;
  value: string;
  onChange: (fieldId: string) => void;
}

/** The page's writable fields, named as the page labels them; choosing one highlights it there. */
export function FieldPicker({ connection, value, onChange }: Props) {
  const [fields, setFields] = useState<FieldInfo[] | undefined>(undefined);
  const refresh = async () => {
    const found = await connection.listFields();
    setFields(found ?? []);
    if (found && !found.some((f) => f.id === value)) onChange(found[0]?.id ?? '');
  };
  useEffect(() => void refresh(), []);

  return (
    <div class="field">
      <label for="ehr-field">EHR field</label>
      <div class="inline">
        <select
          id="ehr-field"
          value={value}
          disabled={!fields?.length}
          onChange={(e) => {
            onChange(e.currentTarget.value);
            void connection.highlight(e.currentTarget.value);
          }}
        >
          {!fields?.length && <option value="">{fields ? 'No writable field on this page' : 'Looking for fields…'}</option>}
          {fields?.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}{f.where === 'page' ? '' : ` (${f.where})`}
            </option>
          ))}
        </select>
        <button type="button" class="button button--secondary" onClick={() => void refresh()}>Find fields again</button>
      </div>
    </div>
  );
}
