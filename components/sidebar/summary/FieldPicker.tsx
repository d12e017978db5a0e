import type { FieldInfo } from '../../../core/messages';

interface SelectProps {
  id: string;
  label: string;
  fields: FieldInfo[] | undefined;
  value: string;
  onChange: (fieldId: string) => void;
  /** The first option's text when the part may stay in the summary ('' as its value). */
  none?: string;
}

/** How a field reads in the list: its label, where it is when not on the page itself, and "one line". */
export const fieldName = (f: FieldInfo): string => `${f.label}${f.where === 'page' ? '' : ` (${f.where})`}${f.kind === 'input' ? ' — one line' : ''}`;

/** A list of the page's fields, named as the page labels them. */
export function FieldSelect({ id, label, fields, value, onChange, none }: SelectProps) {
  return (
    <>
      <label for={id}>{label}</label>
      <select id={id} value={value} disabled={!fields?.length} onChange={(e) => onChange(e.currentTarget.value)}>
        {!fields?.length && <option value="">{fields ? 'No field for a record entry on this page' : 'Looking for fields…'}</option>}
        {!!fields?.length && none !== undefined && <option value="">{none}</option>}
        {fields?.map((f) => <option key={f.id} value={f.id}>{fieldName(f)}</option>)}
      </select>
    </>
  );
}

interface Props {
  fields: FieldInfo[] | undefined;
  value: string;
  onChange: (fieldId: string) => void;
  onRefresh: () => void;
  onPick: () => void;
}

/** The field the summary goes into; choosing one highlights it on the page. */
export function FieldPicker({ fields, value, onChange, onRefresh, onPick }: Props) {
  return (
    <div class="field">
      <FieldSelect id="ehr-field" label="EHR field" fields={fields} value={value} onChange={onChange} />
      <div class="inline field__actions">
        <button type="button" class="button button--secondary" onClick={onRefresh}>Find fields again</button>
        <button type="button" class="button button--secondary" onClick={onPick}>Pick on page</button>
      </div>
    </div>
  );
}
