import { findScenario } from '../../core/training/catalogue';
import { loadScenarios } from '../../core/training/scenario-packs-item';

/** The scenario's learning points by domain, loaded only in trainer mode when hints are allowed. */
export async function loadHints(scenarioId: string): Promise<Map<string, string[]>> {
  const scenario = findScenario(await loadScenarios(), scenarioId);
  const hints = new Map<string, string[]>();
  for (const { domain, point } of scenario?.learningPoints ?? []) hints.set(domain, [...(hints.get(domain) ?? []), point]);
  return hints;
}
