import { useState } from 'preact/hooks';

/** The clinician's right to wipe everything Coplan holds on this device, with one confirmation. */
export function DeleteAllData({ onDelete }: { onDelete: () => Promise<void> }) {
  const [stage, setStage] = useState<'idle' | 'confirm' | 'done' | 'failed'>('idle');
  const remove = async () => {
    try {
      await onDelete();
      setStage('done');
    } catch {
      setStage('failed');
    }
  };
  return (
    <section aria-labelledby="delete-h" class="field">
      <h2 id="delete-h">Delete all my data</h2>
      <p>Removes every session draft, usage record, content pack and setting Coplan keeps in this browser. It cannot be undone.</p>
      {stage === 'confirm' ? (
        <div class="inline" role="group" aria-label="Confirm deleting all data">
          <button type="button" class="button button--danger" onClick={() => void remove()}>Yes, delete everything</button>
          <button type="button" class="button button--secondary" onClick={() => setStage('idle')}>Cancel</button>
        </div>
      ) : (
        <button type="button" class="button button--danger" onClick={() => setStage('confirm')}>Delete all my data</button>
      )}
      <p role="status" class={stage === 'failed' ? 'notice notice--warning' : 'notice'} hidden={stage !== 'done' && stage !== 'failed'}>
        {stage === 'done' ? 'All Coplan data on this device has been deleted.' : 'Deleting failed; nothing was removed. Try again, or remove the extension.'}
      </p>
    </section>
  );
}
