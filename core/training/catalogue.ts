import type { Scenario, ScenarioPack } from '../scenarios/schema';

/** Every scenario a trainer can run: the built-in pack first, then the packs they imported. */
export function scenarioCatalogue(builtIn: ScenarioPack, imported: readonly ScenarioPack[]): Scenario[] {
  return [builtIn, ...imported].flatMap((pack) => pack.scenarios);
}

export function findScenario(scenarios: readonly Scenario[], id: string | null | undefined): Scenario | undefined {
  return id ? scenarios.find((s) => s.id === id) : undefined;
}
