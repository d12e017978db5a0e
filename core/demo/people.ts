import type { Scenario, ScenarioPerson } from '../scenarios/schema';

/** A fictional person in the demo EHR, with the scenarios a trainer can run with them. */
export interface DemoPerson {
  id: string;
  /** A demo record number: deliberately not shaped like an NHS number, so it cannot be taken for one. */
  recordNumber: string;
  person: ScenarioPerson;
  scenarios: { id: string; title: string }[];
}

/** A stable, readable id for the address bar, from the person's name ("Gurdev Singh Sandhu" → "gurdev-singh-sandhu"). */
export function personId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The demo's people come from the scenarios, so an imported pack brings its people with it. Two
 * scenarios about the same person (by name) share one record and a scenario picker.
 */
export function demoPeople(scenarios: readonly Scenario[]): DemoPerson[] {
  const byId = new Map<string, DemoPerson>();
  for (const scenario of scenarios) {
    const id = personId(scenario.person.name);
    const known = byId.get(id);
    if (known) known.scenarios.push({ id: scenario.id, title: scenario.title });
    else
      byId.set(id, {
        id,
        recordNumber: `DEMO-${String(byId.size + 1).padStart(3, '0')}`,
        person: scenario.person,
        scenarios: [{ id: scenario.id, title: scenario.title }],
      });
  }
  return [...byId.values()];
}
