import type { ComponentChildren } from 'preact';

/** A labelled file input that hands over one file; the same file, once fixed, can be chosen again. */
export function FilePicker({ id, label, hint, disabled, onFile }: { id: string; label: string; hint: ComponentChildren; disabled: boolean; onFile: (file: File) => void }) {
  return (
    <>
      <label for={id}>{label}</label>
      <p class="field__hint" id={`${id}-hint`}>{hint}</p>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) onFile(file);
          input.value = '';
        }}
      />
    </>
  );
}
