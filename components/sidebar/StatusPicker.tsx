import { useContext } from 'preact/hooks';
import { LockedContext } from './locked-context';
import { STATUSES, STATUS_LABELS, type Status } from '../../core/session/statuses';

interface Props {
  promptId: string;
  question: string;
  value: Status;
  onChange: (status: Status) => void;
}

/** One radio group per prompt: arrow keys move between statuses, as with any radio group. */
export function StatusPicker({ promptId, question, value, onChange }: Props) {
  // A finished session's statuses stay as they were: the whole group is disabled until it is reopened.
  const locked = useContext(LockedContext);
  return (
    <fieldset class="status-picker" disabled={locked}>
      <legend class="visually-hidden">Status: {question}</legend>
      {STATUSES.map((status) => (
        <label key={status} class={`status status--${status}`}>
          <input
            type="radio"
            name={`status-${promptId}`}
            value={status}
            checked={value === status}
            onChange={() => onChange(status)}
          />
          <span>{STATUS_LABELS[status]}</span>
        </label>
      ))}
    </fieldset>
  );
}
