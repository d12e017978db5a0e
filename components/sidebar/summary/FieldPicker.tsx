import type { FieldInfo } from '../../../core/messages';

interface Props {
  fields: FieldInfo[] | undefined;
  value: string;
  onChange: (fieldId: string) => void;
  onRefresh: () => void;
  onPick: () => void;
}

/** The page's writable fields, named as the page labels them; choosing one highlights it there. */
export function FieldPicker({ fields, value, onChange, onRefresh, onPick }: Props) {
  return (
    <div class="field">
      <label for="ehr-field">EHR field</label>
      <select id="ehr-field" value={value} disabled={!fields?.length} onChange={(e) => onChange(e.currentTarget.value)}>
        {!fields?.length && <option value="">{fields ? 'No writable field on this page' : 'Looking for fields…'}</option>}
        {fields?.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}{f.where === 'page' ? '' : ` (${f.where})`}
          </option>
        ))}
      </select>
      <div class="inline field__actions">
        <button type="button" class="button button--secondary" onClick={onRefresh}>Find fields again</button>
        <button type="button" class="button button--secondary" onClick={onPick}>Pick on page</button>
      </div>
    </div>
  );
}
