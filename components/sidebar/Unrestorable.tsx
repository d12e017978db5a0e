import type { Unrestorable as Item } from '../../core/models/session-model';
import { CopyButton } from './CopyButton';

/** Drafts that could not be read back: say so and offer their raw text, never crash. */
export function Unrestorable({ items }: { items: Item[] }) {
  if (!items.length) return null;
  return (
    <section class="notice notice--warning" aria-labelledby="unrestorable-h">
      <h2 id="unrestorable-h" class="small-heading">A saved session could not be restored</h2>
      {items.map((item) => (
        <div key={item.id}>
          <p>The draft {item.id.slice(0, 8)}… could not be restored: {item.reason}. Its text is below so nothing is lost.</p>
          <textarea readOnly dir="auto" rows={4} aria-label={`Raw text of session ${item.id.slice(0, 8)}`} value={item.raw} />
          <CopyButton text={item.raw} label="Copy raw text" />
        </div>
      ))}
    </section>
  );
}
