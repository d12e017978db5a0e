import type { ContextChange } from '../../../core/session/wrong-patient';
import { ConfirmButton } from '../HeldButton';

const REASONS: Record<ContextChange, string> = {
  person: 'The page now shows a different person’s record from the one open when this session began.',
  unreadable: 'Coplan cannot read whose record the page shows now, so it may be a different person’s.',
  page: 'The page has changed since this session began, so it may show a different person’s record.',
  tab: 'You are in a different browser tab from the one this session began in.',
  unbound: 'Coplan could not tell which record was open when this session began.',
};

interface Props {
  changes: ContextChange[];
  onInsert: () => void;
  onCancel: () => void;
}

/** The guard against the worst failure: a summary in the wrong person's record. It asks, it never guesses. */
export function WrongPatientWarning({ changes, onInsert, onCancel }: Props) {
  return (
    <div class="notice notice--danger" role="alert">
      <p><strong>Check whose record this is before inserting.</strong></p>
      <ul>{changes.map((c) => <li key={c}>{REASONS[c]}</li>)}</ul>
      <div class="inline">
        <button type="button" class="button button--secondary" onClick={onCancel}>Cancel</button>
        <ConfirmButton class="button button--danger" onClick={onInsert}>It is the right person: insert</ConfirmButton>
      </div>
    </div>
  );
}
