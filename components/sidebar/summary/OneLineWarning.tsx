import type { FieldInfo } from '../../../core/messages';
import { ConfirmButton } from '../HeldButton';

interface Props {
  fields: FieldInfo[];
  onInsert: () => void;
  onCancel: () => void;
}

/** Asks before the summary goes into a one-line box, where its lines and headings run together (issue #18). */
export function OneLineWarning({ fields, onInsert, onCancel }: Props) {
  const names = fields.map((f) => `'${f.label}'`).join(' and ');
  return (
    <div class="notice notice--warning" role="alert">
      <p><strong>{names} {fields.length > 1 ? 'are one-line fields' : 'is a one-line field'}.</strong> The summary’s line breaks and headings will run together there.</p>
      <div class="inline">
        <button type="button" class="button button--secondary" onClick={onCancel}>Choose another field</button>
        <ConfirmButton class="button" onClick={onInsert}>Insert anyway</ConfirmButton>
      </div>
    </div>
  );
}
