import type { Ref } from 'preact';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  /** Shown at the field, and the input marked invalid, so the message is read with it (issue 18). */
  error?: string;
  placeholder?: string;
  readOnly?: boolean;
  /** `short` for a number of a few digits, `id` for an id; both sized to what they hold. */
  size: 'short' | 'id';
  numeric?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  nested?: boolean;
}

/** One labelled text box with its hint and, when it needs changing, its error message. */
export function TextField({ id, label, value, onInput, hint, error, placeholder, readOnly, size, numeric, inputRef, nested }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${nested ? ' field--nested' : ''}${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && <p class="field__hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="field__error" id={`${id}-error`}><span class="visually-hidden">Error: </span>{error}</p>}
      <input
        ref={inputRef}
        id={id}
        type="text"
        class={`input--${size}`}
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete="off"
        spellcheck={false}
        placeholder={placeholder}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        readOnly={readOnly}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
