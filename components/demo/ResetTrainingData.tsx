import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResetResult } from '../../core/training/reset';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Reset training data": asks first, then says what went, and that real data stayed. */
export function ResetTrainingData({ onReset }: { onReset: () => Promise<ResetResult> }) {
  const [stage, setStage] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (stage === 'confirm') question.current?.focus();
  }, [stage]);

  const reset = async () => {
    setStage('busy');
    try {
      const { sessions, events } = await onReset();
      setMessage({
        ok: true,
        text: `Training data reset: removed ${plural(sessions, 'practice session', 'practice sessions')} and ${plural(events, 'training audit event', 'training audit events')}. Real sessions and audit data were not touched.`,
      });
    } catch (error) {
      setMessage({ ok: false, text: `Training data could not be reset, so nothing was removed (${(error as Error).message}).` });
    }
    setStage('idle');
  };

  return (
    <div class="tool">
      <h3>Reset training data</h3>
      <p>Removes every practice session and training audit event on this device. Real sessions and audit data stay.</p>
      {stage === 'idle' ? (
        <button type="button" class="button button--warning" onClick={() => {
          setMessage(undefined);
          setStage('confirm');
        }}>
          Reset training data
        </button>
      ) : (
        <div class="confirm">
          <p ref={question} tabIndex={-1}>
            <strong>Remove all training data on this device?</strong> This cannot be undone.
          </p>
          <button type="button" class="button button--warning" disabled={stage === 'busy'} onClick={() => void reset()}>
            Yes, remove training data
          </button>{' '}
          <button type="button" class="button button--secondary" disabled={stage === 'busy'} onClick={() => setStage('idle')}>
            Cancel
          </button>
        </div>
      )}
      <p role="status" class={message && !message.ok ? 'error' : undefined}>{message?.text}</p>
    </div>
  );
}
