import { useState } from 'preact/hooks';
import type { InstalledPack } from '../../../core/packs/schema';

interface Props {
  packs: InstalledPack[];
  onRemove: (pack: InstalledPack) => Promise<void>;
  onExport: (pack: InstalledPack) => Promise<void>;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** Installed packs with what each brings; removing asks once more, since the file may be long gone. */
export function InstalledPacks({ packs, onRemove, onExport }: Props) {
  const [confirming, setConfirming] = useState<string | undefined>();
  if (!packs.length) return <p>No content packs are installed: the sidebar shows the built-in guidance and services.</p>;
  return (
    <ul class="packs">
      {packs.map((pack) => (
        <li key={pack.id} class="pack" aria-labelledby={`pack-${pack.id}`}>
          <p id={`pack-${pack.id}`} class="pack__name"><strong>{pack.name}</strong> · version {pack.version}</p>
          <p class="pack__meta">Published by {pack.publisher} · dated {pack.date}</p>
          <p class="pack__meta">
            {count(pack.counts.sections, 'guidance section', 'guidance sections')} · {count(pack.counts.services, 'service', 'services')} ·{' '}
            {count(pack.counts.prompts, 'extra prompt', 'extra prompts')}
          </p>
          {pack.replacesBuiltIn.length > 0 && (
            <p class="notice">
              Replaces {count(pack.replacesBuiltIn.length, 'built-in guidance section', 'built-in guidance sections')}: {pack.replacesBuiltIn.join(', ')}.
              Removing the pack brings the built-in text back.
            </p>
          )}
          {pack.feedbackStatements && (
            <p class="notice">
              Replaces the statements people rate on the feedback page with its own {count(pack.feedbackStatements.length, 'statement', 'statements')}.
              Removing the pack brings the built-in statements back.
            </p>
          )}
          {confirming === pack.id ? (
            <div class="inline" role="group" aria-label={`Confirm removing ${pack.name}`}>
              <button type="button" class="button button--danger" onClick={() => void onRemove(pack).finally(() => setConfirming(undefined))}>
                Yes, remove {pack.name}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setConfirming(undefined)}>Cancel</button>
            </div>
          ) : (
            <div class="inline">
              <button type="button" class="button button--secondary" aria-label={`Export ${pack.name}`} onClick={() => void onExport(pack)}>Export</button>
              <button type="button" class="button button--danger" aria-label={`Remove ${pack.name}`} onClick={() => setConfirming(pack.id)}>Remove</button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
