import type { Scenario } from '../../core/scenarios/schema';

/** The scenario's learning points by domain, loaded only in trainer mode when hints are allowed. */
export async function loadHints(scenarioId: string): Promise<Map<string, string[]>> {
  const pack = (await import('../../content/scenarios/builtin.json')).default as { scenarios: Scenario[] };
  const scenario = pack.scenarios.find((s) => s.id === scenarioId);
  const hints = new Map<string, string[]>();
  for (const { domain, point } of scenario?.learningPoints ?? []) hints.set(domain, [...(hints.get(domain) ?? []), point]);
  return hints;
}
