import type { Framework } from '../framework/schema';
import type { Scenario } from '../scenarios/schema';

/** A titled block of lines on a presenter slide; quotes are what the person says. */
export interface StepSection {
  heading: string;
  lines: string[];
  quote?: boolean;
}

/** One screen of the presenter view; `reveal` stays hidden until the trainer asks for it. */
export interface PresenterStep {
  kicker: string;
  title: string;
  sections: StepSection[];
  reveal?: { button: string; sections: StepSection[] };
}

const unique = <T>(items: T[]) => [...new Set(items)];

/**
 * The scenario as a sequence for a room: who the person is, then each taught domain in the order
 * the scenario teaches it (the prompt, what the person says, then the model phrasing and learning
 * point on reveal), then pitfalls, the discussion questions one at a time, and the model summary.
 */
export function presenterSteps(scenario: Scenario, framework: Framework): PresenterStep[] {
  const { person } = scenario;
  const domains = unique(scenario.learningPoints.map((p) => p.domain));
  const steps: PresenterStep[] = [
    {
      kicker: 'The person',
      title: `${person.name}, ${person.age} (${person.pronouns})`,
      sections: [
        { heading: 'Who they are', lines: [person.summary, `Language: ${person.language}`] },
        { heading: 'The setting', lines: [scenario.setting] },
      ],
    },
  ];

  domains.forEach((id, i) => {
    const domain = framework.domains.find((d) => d.id === id);
    const says = scenario.says.filter((line) => line.domain === id);
    // Show the prompt the person's words answer; the domain's first prompt when none is named.
    const promptId = says.find((line) => line.prompt)?.prompt;
    const prompt = domain?.prompts.find((p) => p.id === promptId) ?? domain?.prompts[0];
    steps.push({
      kicker: `Domain ${i + 1} of ${domains.length}`,
      title: domain?.title ?? id,
      sections: [
        ...(prompt ? [{ heading: 'The prompt', lines: [prompt.question] }] : []),
        { heading: `What ${person.name.split(' ')[0]} says`, lines: says.map((line) => line.text), quote: true },
      ],
      reveal: {
        button: 'Reveal model phrasing',
        sections: [
          { heading: 'Model phrasing', lines: scenario.suggestedPhrasings.filter((l) => l.domain === id).map((l) => l.text) },
          { heading: 'Learning point', lines: scenario.learningPoints.filter((p) => p.domain === id).map((p) => p.point) },
        ],
      },
    });
  });

  steps.push({
    kicker: 'Pitfalls',
    title: 'What could go wrong in this conversation?',
    sections: [],
    reveal: { button: 'Reveal common pitfalls', sections: [{ heading: 'Common pitfalls', lines: scenario.pitfalls }] },
  });
  scenario.discussionQuestions.forEach((question, i) =>
    steps.push({ kicker: `Discussion ${i + 1} of ${scenario.discussionQuestions.length}`, title: question, sections: [] }),
  );
  steps.push({
    kicker: 'Model summary',
    title: 'What a good care-plan entry could say',
    sections: [],
    reveal: {
      button: 'Reveal the model summary',
      sections: [{ heading: 'Model summary', lines: scenario.modelSummary.split(/\n\s*\n/) }],
    },
  });
  return steps;
}
