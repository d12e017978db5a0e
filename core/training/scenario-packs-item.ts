import { storage } from '#imports';
import { ScenarioPackSchema, type Scenario, type ScenarioPack } from '../scenarios/schema';
import { builtInScenarioPack } from './builtin-scenarios';
import { scenarioCatalogue } from './catalogue';

/**
 * Scenario packs a trainer imported. A few small JSON packs fit storage.local well, and the
 * demo, presenter, debrief and sidebar pages can all read it without a database table.
 */
export const importedScenarioPacksItem = storage.defineItem<unknown[]>('local:scenarioPacks', { fallback: [] });

/** The imported packs, each parsed again on read: a damaged one is left out, never shown half-read. */
export async function loadImportedPacks(): Promise<ScenarioPack[]> {
  const raw = await importedScenarioPacksItem.getValue();
  return (Array.isArray(raw) ? raw : []).flatMap((pack) => {
    const parsed = ScenarioPackSchema.safeParse(pack);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Every scenario a trainer can run on this device: built in, then imported. */
export async function loadScenarios(): Promise<Scenario[]> {
  return scenarioCatalogue(builtInScenarioPack, await loadImportedPacks());
}
