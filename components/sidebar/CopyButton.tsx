import { useState } from 'preact/hooks';

/** Copies text to the clipboard and says whether it worked. */
export function CopyButton({ text, label, onCopied }: { text: string; label: string; onCopied?: () => void }) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied to the clipboard.');
      onCopied?.();
    } catch {
      setSaid('Copying was blocked by the browser: select the text and press Ctrl+C.');
    }
  };
  return (
    <span class="copy">
      <button type="button" class="button button--secondary" onClick={() => void copy()}>{label}</button>
      <span role="status" class="copy__status">{said}</span>
    </span>
  );
}
