import type { Framework } from '../framework/schema';
import { findScenarioReferenceErrors, ScenarioPackSchema, type ScenarioPack } from '../scenarios/schema';
import { builtInScenarioPack } from './builtin-scenarios';
import { importedScenarioPacksItem, loadImportedPacks } from './scenario-packs-item';

/** A scenario pack is a few tens of kilobytes; anything far bigger is the wrong file. */
export const MAX_SCENARIO_PACK_BYTES = 1_000_000;

/** The outcome of an import: the pack, or every problem found, each starting with its path. */
export type ScenarioImport = { ok: true; pack: ScenarioPack } | { ok: false; problems: string[] };

const pathOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key)), '') ||
  '(whole file)';

/**
 * Reads a scenario pack file against the framework and the packs already installed. All or
 * nothing, like every import: one problem anywhere and the whole file is refused.
 */
export function readScenarioPack(text: string, framework: Framework, installed: readonly ScenarioPack[]): ScenarioImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`(whole file): not valid JSON (${(error as Error).message})`] };
  }
  const parsed = ScenarioPackSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${pathOf(i.path)}: ${i.message}`) };
  const pack = parsed.data;
  const problems = findScenarioReferenceErrors(pack, framework);

  // A newer version of an imported pack replaces it; the built-in pack and other packs' scenario ids stay as they are.
  if (pack.id === builtInScenarioPack.id) problems.push(`id: "${pack.id}" is the built-in pack's id; give your pack its own id`);
  const owners = new Map(installed.filter((p) => p.id !== pack.id).flatMap((p) => p.scenarios.map((s) => [s.id, p.name] as const)));
  pack.scenarios.forEach((scenario, i) => {
    const owner = owners.get(scenario.id);
    if (owner) problems.push(`scenarios[${i}].id: "${scenario.id}" is already used by the pack "${owner}"`);
  });
  return problems.length ? { ok: false, problems } : { ok: true, pack };
}

/** Imports a trainer's file into storage.local, replacing an earlier version of the same pack. */
export async function importScenarioFile(file: Blob, framework: Framework): Promise<ScenarioImport> {
  if (file.size > MAX_SCENARIO_PACK_BYTES)
    return { ok: false, problems: [`(whole file): ${Math.round(file.size / 1000)} kB is too large for a scenario pack (at most 1,000 kB)`] };
  const imported = await loadImportedPacks();
  const result = readScenarioPack(await file.text(), framework, [builtInScenarioPack, ...imported]);
  if (result.ok) await importedScenarioPacksItem.setValue([...imported.filter((p) => p.id !== result.pack.id), result.pack]);
  return result;
}
