import { useState } from 'preact/hooks';
import { PACK_LIMITS } from '../../../core/packs/schema';

/** A file picker that is also a drop target; both hand over one file. */
export function PackDropZone({ disabled, onFile }: { disabled: boolean; onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault(); // without this the browser opens the dropped file instead
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <label for="pack-file">Import a content pack</label>
      <p class="field__hint" id="pack-file-hint">Choose a pack file (.json, at most {PACK_LIMITS.bytes / 1024 / 1024} MB), or drop it here.</p>
      <input
        id="pack-file"
        type="file"
        accept=".json,application/json"
        aria-describedby="pack-file-hint"
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) onFile(file);
          input.value = ''; // so choosing the same file again, after fixing it, imports again
        }}
      />
    </div>
  );
}
