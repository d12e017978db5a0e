import { useState } from 'preact/hooks';

interface Props {
  onAdd: (input: string) => Promise<boolean>;
  /** A site pattern completed from a bare host name, offered for confirmation. */
  suggestion?: string;
}

/** "Add site": the submit handler calls onAdd at once, so the permission request keeps the click's user gesture. */
export function AddSiteForm({ onAdd, suggestion }: Props) {
  const [input, setInput] = useState('');
  const add = (value: string) => void onAdd(value).then((added) => added && setInput(''));
  const submit = (event: Event) => {
    event.preventDefault();
    add(input);
  };
  return (
    <form onSubmit={submit} noValidate class="field">
      <label for="site-input">Site address or match pattern</label>
      <p class="field__hint" id="site-hint">
        Paste the address of a page of the EHR, such as https://ehr.example.nhs.uk/patients, to add its whole site, or type a match pattern such as https://*.ehr.example.nhs.uk/*.
      </p>
      <div class="inline">
        <input id="site-input" type="text" spellcheck={false} autoComplete="off" aria-describedby="site-hint" value={input} onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit" class="button">Add site</button>
      </div>
      {suggestion && (
        <p class="field__actions">
          <button type="button" class="button" onClick={() => add(suggestion)}>Add {suggestion}</button>
        </p>
      )}
    </form>
  );
}
