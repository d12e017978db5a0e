import { useEffect, useState } from 'preact/hooks';
import type { PacksApi } from '../../../core/packs/api';
import type { ImportResult } from '../../../core/packs/import';
import type { InstalledPack } from '../../../core/packs/schema';
import { InstalledPacks } from './InstalledPacks';
import { PackDropZone } from './PackDropZone';
import './packs.css';
import { ImportOutcome, type Outcome } from './ImportOutcome';


function describe(result: ImportResult): Outcome {
  if (!result.ok) return { ok: false, text: result.message, problems: result.problems };
  const { pack, replacesBuiltIn, previousVersion } = result;
  const from = previousVersion ? ` (replacing version ${previousVersion})` : '';
  const replaced = replacesBuiltIn.length ? `Its sections replace these built-in sections: ${replacesBuiltIn.join(', ')}.` : undefined;
  return { ok: true, text: `Imported “${pack.name}” version ${pack.version}${from}. The sidebar uses it from the next time it opens.`, detail: replaced };
}

/** Trust content packs on the options page: import (picker or drop), progress, installed list, remove, export. */
export function PacksSection({ api }: { api: PacksApi }) {
  const [packs, setPacks] = useState<InstalledPack[]>([]);
  const [progress, setProgress] = useState<number | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const refresh = () =>
    api.list().then(setPacks, () => setOutcome({ ok: false, text: 'The installed packs could not be read. Reload the page to try again.', problems: [] }));
  useEffect(() => void refresh(), [api]);

  const importFile = async (file: File) => {
    setOutcome(undefined);
    setProgress(0);
    const result = await api.importFile(file, setProgress).finally(() => setProgress(undefined));
    setOutcome(describe(result));
    if (result.ok) await refresh();
  };
  const remove = async (pack: InstalledPack) => {
    try {
      await api.remove(pack.id);
      setOutcome({ ok: true, text: `Removed “${pack.name}”.` });
    } catch {
      setOutcome({ ok: false, text: `Removing “${pack.name}” failed, and nothing was removed. Try again.`, problems: [] });
    }
    await refresh();
  };
  const download = async (pack: InstalledPack) => {
    const json = await api.exportJson(pack.id).catch(() => undefined);
    if (json === undefined) return setOutcome({ ok: false, text: `“${pack.name}” could not be exported: it is no longer installed, or its stored copy is damaged.`, problems: [] });
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${pack.id}-${pack.version}.json` });
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <section aria-labelledby="packs-h" class="field packs-section">
      <h2 id="packs-h">Content packs</h2>
      <p>
        A trust’s pack adds its own guidance, local services and prompts. A pack’s section with the same id as a built-in one
        replaces it. A pack is imported whole or not at all.
      </p>
      <PackDropZone disabled={progress !== undefined} onFile={(file) => void importFile(file)} />
      {progress !== undefined && <progress aria-label="Import progress" max={1} value={progress} />}
      <ImportOutcome outcome={outcome} />
      <h3>Installed packs</h3>
      <InstalledPacks packs={packs} onRemove={remove} onExport={download} />
    </section>
  );
}
