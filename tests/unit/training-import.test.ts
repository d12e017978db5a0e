import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScenarioPack } from '../../core/scenarios/schema';
import { builtInScenarioPack } from '../../core/training/builtin-scenarios';
import { importScenarioFile, MAX_SCENARIO_PACK_BYTES, readScenarioPack } from '../../core/training/import-scenarios';
import { importedScenarioPacksItem, loadImportedPacks, loadScenarios } from '../../core/training/scenario-packs-item';
import { loadBuiltInContent } from '../../scripts/content-loader';

const framework = loadBuiltInContent(resolve(import.meta.dirname, '../../content')).framework;
const builtInText = readFileSync(resolve(import.meta.dirname, '../../content/scenarios/builtin.json'), 'utf8');

/** A trust's own pack: one built-in scenario under new ids, so it is valid and distinct. */
function trustPack(version = '1.0.0'): ScenarioPack {
  const scenario = { ...structuredClone(builtInScenarioPack.scenarios[0]!), id: 'trust-first-visit', title: 'A first home visit' };
  return { ...structuredClone(builtInScenarioPack), id: 'trust-scenarios', name: 'Trust scenarios', version, scenarios: [scenario] };
}
const file = (content: unknown) => new File([typeof content === 'string' ? content : JSON.stringify(content)], 'pack.json');
const problemsOf = (text: string) => {
  const result = readScenarioPack(text, framework, [builtInScenarioPack]);
  return result.ok ? [] : result.problems;
};

beforeEach(() => fakeBrowser.reset());

describe('scenario pack import', () => {
  it('stores a valid pack, whose scenarios then join the built-in ones', async () => {
    const result = await importScenarioFile(file(trustPack()), framework);
    expect(result.ok).toBe(true);
    expect((await loadImportedPacks()).map((p) => p.id)).toEqual(['trust-scenarios']);
    expect((await loadScenarios()).map((s) => s.id)).toEqual([...builtInScenarioPack.scenarios.map((s) => s.id), 'trust-first-visit']);
  });

  it('replaces an earlier version of the same pack', async () => {
    await importScenarioFile(file(trustPack('1.0.0')), framework);
    await importScenarioFile(file(trustPack('1.1.0')), framework);
    expect((await loadImportedPacks()).map((p) => p.version)).toEqual(['1.1.0']);
  });

  it('stores nothing when any part of the file is wrong, and names each path', async () => {
    const bad = trustPack() as unknown as { scenarios: Record<string, unknown>[] };
    delete bad.scenarios[0]!.title;
    (bad.scenarios[0]!.learningPoints as { domain: string }[])[1]!.domain = 'Not An Id';
    const result = await importScenarioFile(file(bad), framework);
    expect(result).toEqual({ ok: false, problems: expect.arrayContaining([expect.stringMatching(/^scenarios\[0\]\.title: /), expect.stringMatching(/^scenarios\[0\]\.learningPoints\[1\]\.domain: /)]) });
    expect(await importedScenarioPacksItem.getValue()).toEqual([]);
  });

  it('refuses a file that is not JSON', () => {
    expect(problemsOf('{"schemaVersion": 1,')).toEqual([expect.stringMatching(/^\(whole file\): not valid JSON/)]);
  });

  it('refuses domains and prompts the framework does not have', () => {
    const pack = trustPack();
    pack.scenarios[0]!.says[0]!.prompt = 'own-account-no-such-prompt';
    expect(problemsOf(JSON.stringify(pack))).toEqual([expect.stringContaining('scenarios[0].says[0].prompt: "own-account-no-such-prompt" is not a prompt')]);
  });

  it('refuses the built-in pack itself, and scenario ids another pack already uses', () => {
    expect(problemsOf(builtInText)).toContain('id: "coplan-training" is the built-in pack\'s id; give your pack its own id');
    const clash = trustPack();
    clash.scenarios[0]!.id = 'jordan-rebuilding-trust';
    expect(problemsOf(JSON.stringify(clash))).toEqual(['scenarios[0].id: "jordan-rebuilding-trust" is already used by the pack "Coplan training scenarios"']);
  });

  it('refuses a file far too big to be a scenario pack without reading it', async () => {
    const result = await importScenarioFile(file('x'.repeat(MAX_SCENARIO_PACK_BYTES + 1)), framework);
    expect(result).toEqual({ ok: false, problems: [expect.stringContaining('too large for a scenario pack')] });
  });

  it('leaves out a stored pack that no longer parses, rather than showing it half-read', async () => {
    await importedScenarioPacksItem.setValue([trustPack(), { id: 'damaged' }]);
    expect((await loadImportedPacks()).map((p) => p.id)).toEqual(['trust-scenarios']);
  });
});
