import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoPeople, personId } from '../../core/demo/people';
import { findScenarioReferenceErrors, ScenarioPackSchema } from '../../core/scenarios/schema';
import { readSidebarMode } from '../../core/sidebar-mode';
import { builtInScenarioPack } from '../../core/training/builtin-scenarios';
import { findScenario, scenarioCatalogue } from '../../core/training/catalogue';
import { debriefHref, parseDemoRoute, practiceQuery, presenterHref, readPractice, recordHref } from '../../core/training/links';
import { presenterSteps } from '../../core/training/presenter-steps';
import { loadBuiltInContent } from '../../scripts/content-loader';

const framework = loadBuiltInContent(resolve(import.meta.dirname, '../../content')).framework;
const scenarios = scenarioCatalogue(builtInScenarioPack, []);
const jordan = findScenario(scenarios, 'jordan-rebuilding-trust')!;

describe('the built-in scenarios as the demo pages import them', () => {
  it('parse with the schema and refer only to the framework’s domains and prompts', () => {
    const parsed = ScenarioPackSchema.safeParse(builtInScenarioPack);
    expect(parsed.success).toBe(true);
    expect(findScenarioReferenceErrors(builtInScenarioPack, framework)).toEqual([]);
  });

  it('give one record per fictional person, with readable ids and demo numbers no one could take for NHS numbers', () => {
    const people = demoPeople(scenarios);
    expect(people.map((p) => p.id)).toEqual([
      'jordan-mensah-clarke', 'mariam-haidari', 'noah-fielding', 'gurdev-singh-sandhu', 'andrei-munteanu', 'nasreen-akhtar', 'yusuf-farah', 'gary-whitworth',
    ]);
    expect(people[0]).toMatchObject({ recordNumber: 'DEMO-001', scenarios: [{ id: 'jordan-rebuilding-trust' }] });
    for (const person of people) expect(person.person.summary).toMatch(/\bfictional\b/i);
  });

  it('put two scenarios about the same person on one record', () => {
    const again = { ...jordan, id: 'jordan-second-visit', title: 'Jordan: the second visit' };
    const people = demoPeople([...scenarios, again]);
    expect(people).toHaveLength(8);
    expect(people[0]!.scenarios.map((s) => s.id)).toEqual(['jordan-rebuilding-trust', 'jordan-second-visit']);
    expect(personId('Émile Zoë O’Neil')).toBe('emile-zoe-o-neil');
  });
});

describe('presenter steps', () => {
  const steps = presenterSteps(jordan, framework);

  it('walk the person, each taught domain, pitfalls, each discussion question and the model summary', () => {
    expect(steps.map((s) => s.kicker)).toEqual([
      'The person',
      ...Array.from({ length: 7 }, (_, i) => `Domain ${i + 1} of 7`),
      'Pitfalls',
      ...Array.from({ length: 4 }, (_, i) => `Discussion ${i + 1} of 4`),
      'Model summary',
    ]);
  });

  it('show the prompt the person’s words answer, and hold back the model phrasing until revealed', () => {
    const trauma = steps.find((s) => s.title === 'Trauma and its effect on care')!;
    const prompt = framework.domains.find((d) => d.id === 'trauma')!.prompts.find((p) => p.id === 'trauma-restraint-detention')!;
    expect(trauma.sections).toEqual([
      { heading: 'The prompt', lines: [prompt.question] },
      { heading: 'What Jordan says', lines: [jordan.says.find((l) => l.domain === 'trauma')!.text], quote: true },
    ]);
    expect(trauma.reveal?.button).toBe('Reveal model phrasing');
    expect(trauma.reveal?.sections[0]!.lines).toEqual(jordan.suggestedPhrasings.filter((l) => l.domain === 'trauma').map((l) => l.text));
  });

  it('make one step for a domain the scenario teaches twice', () => {
    const mariam = findScenario(scenarios, 'mariam-an-interpreter-not-her-son')!;
    const language = presenterSteps(mariam, framework).filter((s) => s.title === 'Language and interpreters');
    expect(language).toHaveLength(1);
    expect(language[0]!.reveal?.sections[1]!.lines).toHaveLength(2);
  });
});

describe('trainer links', () => {
  it('open the sidebar in training mode with the scenario and hints the sidebar will read back', () => {
    expect(readSidebarMode(practiceQuery({ scenarioId: 'jordan-rebuilding-trust', hints: true }), true)).toEqual({ training: true, scenarioId: 'jordan-rebuilding-trust', hints: true });
    expect(readSidebarMode(practiceQuery({ hints: true }), true)).toEqual({ training: true, scenarioId: undefined, hints: false });
    expect(practiceQuery({ scenarioId: 'yusuf-staying-at-home-through-a-crisis', hints: false })).toBe('?mode=training&scenario=yusuf-staying-at-home-through-a-crisis');
  });

  it('route the demo page by its hash', () => {
    expect(parseDemoRoute('')).toEqual({ page: 'list' });
    expect(parseDemoRoute('#/')).toEqual({ page: 'list' });
    expect(parseDemoRoute(recordHref('noah-fielding').slice('demo.html'.length))).toEqual({ page: 'person', id: 'noah-fielding' });
    expect(parseDemoRoute('#/person/%E0%A4%A')).toEqual({ page: 'list' });
    expect(debriefHref('abc 1', 'jordan')).toBe('debrief.html?session=abc+1&scenario=jordan');
  });

  it('keep the trainer’s scenario and hints in the record’s address, so the way back from the presenter or the debrief returns to them', () => {
    const hash = (href: string) => href.slice('demo.html'.length);
    expect(recordHref('mariam-haidari', { scenarioId: 'mariam-an-interpreter-not-her-son', hints: true })).toBe('demo.html#/person/mariam-haidari?scenario=mariam-an-interpreter-not-her-son&hints=1');
    expect(parseDemoRoute(hash(recordHref('mariam-haidari', { scenarioId: 'mariam-an-interpreter-not-her-son', hints: true })))).toEqual({
      page: 'person', id: 'mariam-haidari', practice: { scenarioId: 'mariam-an-interpreter-not-her-son', hints: true },
    });
    // Free practice is a choice too, and hints need a scenario.
    expect(parseDemoRoute(hash(recordHref('noah-fielding', { hints: true })))).toEqual({ page: 'person', id: 'noah-fielding', practice: { scenarioId: undefined, hints: false } });
    expect(parseDemoRoute('#/person/noah-fielding?scenario=Not%20An%20Id&hints=1')).toEqual({ page: 'person', id: 'noah-fielding', practice: { scenarioId: undefined, hints: false } });
    expect(presenterHref('jordan', true)).toBe('presenter.html?scenario=jordan&hints=1');
    expect(readPractice(presenterHref('jordan', true).slice('presenter.html'.length))).toEqual({ scenarioId: 'jordan', hints: true });
    expect(debriefHref('s-1', 'jordan', true)).toBe('debrief.html?session=s-1&scenario=jordan&hints=1');
  });
});
