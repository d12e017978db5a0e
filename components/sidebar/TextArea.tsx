interface Props {
  id: string;
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  onInput: (value: string) => void;
}

/** A labelled textarea with an optional hint; `dir="auto"` so right-to-left words display the right way. */
export function TextArea({ id, label, hint, value, rows = 3, onInput }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <p class="field__hint" id={`${id}-hint`}>{hint}</p>}
      <textarea
        id={id}
        dir="auto"
        rows={rows}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
