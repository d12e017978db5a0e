import { useEffect, useState } from 'preact/hooks';
import { FilePicker } from './FilePicker';
import type { LanguagePack } from '../../../core/copy/language-pack';
import type { LanguagePackImport } from '../../../core/copy/language-pack-store';
import type { PackFile } from '../../../core/packs/read';
import { ImportOutcome, type Outcome } from './ImportOutcome';

/** What the options page needs for language packs; tests give it a fake-indexeddb database. */
export interface LanguagePacksApi {
  list(): Promise<LanguagePack[]>;
  importFile(file: PackFile): Promise<LanguagePackImport>;
  remove(id: string): Promise<void>;
}


const signedOff = (pack: LanguagePack) => (pack.review.status === 'reviewed' ? `reviewed by ${pack.review.by} on ${pack.review.on}` : 'example, not clinically reviewed');

/**
 * A trust's own translations of the person's copy (issue 14): imported whole or not at all, listed
 * with who signed them off. No machine translation: only what the trust supplies.
 */
export function LanguagePacksSection({ api }: { api: LanguagePacksApi }) {
  const [packs, setPacks] = useState<LanguagePack[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const refresh = () => api.list().then(setPacks, () => setOutcome({ ok: false, text: 'The installed language packs could not be read. Reload the page to try again.', problems: [] }));
  useEffect(() => void refresh(), [api]);

  const importFile = async (file: File) => {
    setOutcome(undefined);
    setBusy(true);
    const result = await api.importFile(file).finally(() => setBusy(false));
    if (!result.ok) return setOutcome({ ok: false, text: result.message, problems: result.problems });
    const from = result.previousVersion ? ` (replacing version ${result.previousVersion})` : '';
    setOutcome({ ok: true, text: `Imported the ${result.pack.englishName} language pack “${result.pack.id}” version ${result.pack.version}${from}. The person’s copy offers it from the next time it opens.` });
    await refresh();
  };
  const remove = async (pack: LanguagePack) => {
    await api.remove(pack.id).then(
      () => setOutcome({ ok: true, text: `Removed the ${pack.englishName} language pack “${pack.id}”.` }),
      () => setOutcome({ ok: false, text: `Removing “${pack.id}” failed, and nothing was removed. Try again.`, problems: [] }),
    );
    await refresh();
  };

  return (
    <section aria-labelledby="language-packs-h" class="field packs-section">
      <h2 id="language-packs-h">Language packs for the person’s copy</h2>
      <p>
        A language pack holds the fixed headings and phrases of “My plan” in another language, as your trust has translated and
        signed them off. A pack in the same language as one of Coplan’s examples takes its place. A pack is imported whole or not at all.
      </p>
      <FilePicker
        id="language-pack-file"
        label="Import a language pack"
        hint={'Choose a language pack file (.json, "kind": "language-pack").'}
        disabled={busy}
        onFile={(file) => void importFile(file)}
      />
      <ImportOutcome outcome={outcome} />
      <h3>Installed language packs</h3>
      {packs.length === 0 ? (
        <p>None. The person’s copy offers English and Coplan’s example packs.</p>
      ) : (
        <ul class="installed-packs">
          {packs.map((pack) => (
            <li key={pack.id}>
              <span lang={pack.lang} dir={pack.dir}>{pack.name}</span> ({pack.englishName}, {pack.lang}), version {pack.version} from {pack.publisher}: {signedOff(pack)}.{' '}
              <button type="button" class="button button--secondary" aria-label={`Remove the language pack ${pack.id}`} onClick={() => void remove(pack)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
