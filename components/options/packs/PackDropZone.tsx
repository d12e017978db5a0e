import { useState } from 'preact/hooks';
import { PACK_LIMITS } from '../../../core/packs/schema';
import { FilePicker } from './FilePicker';

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
      <FilePicker
        id="pack-file"
        label="Import a content pack"
        hint={`Choose a pack file (.json, at most ${PACK_LIMITS.bytes / 1024 / 1024} MB), or drop it here.`}
        disabled={disabled}
        onFile={onFile}
      />
    </div>
  );
}
