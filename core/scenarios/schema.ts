import { z } from 'zod/mini';
import { IdSchema, type Framework } from '../framework/schema';

// Training scenarios are content: a pack type, validated like the framework and guidance (issue 8).
// The schema checks each scenario on its own; whether its domain and prompt ids exist in a given
// framework is checked by findScenarioReferenceErrors, since packs and frameworks ship separately.

const text = (min: number, max = 100_000) => z.string().check(z.minLength(min), z.maxLength(max));

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(value: string): number {
  return value.split(/\s+/).filter(Boolean).length;
}

export const MODEL_SUMMARY_WORDS = { min: 150, max: 300 } as const;

/** Ten digits in the 3-3-4 shape of an NHS number. Scenarios are fictional and must never carry one. */
const NHS_NUMBER_LIKE = /\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/;

export const ScenarioPersonSchema = z.strictObject({
  name: text(2, 80),
  age: z.int().check(z.gte(0), z.lte(120)),
  pronouns: text(2, 40),
  language: text(2, 120),
  summary: text(40).check(z.regex(/\bfictional\b/i, 'must say that the person is fictional')),
  history: z.array(text(5)).check(z.minLength(1)),
});
export type ScenarioPerson = z.infer<typeof ScenarioPersonSchema>;

/** What a trainee should take from the scenario in one domain. */
export const LearningPointSchema = z.strictObject({
  domain: IdSchema,
  point: text(20),
});
export type LearningPoint = z.infer<typeof LearningPointSchema>;

/**
 * A line for one domain: what the person might say, or a phrasing the clinician might use.
 * `prompt` optionally names the framework prompt it answers, so the presenter view can show it.
 */
export const DomainLineSchema = z.strictObject({
  domain: IdSchema,
  prompt: z.optional(IdSchema),
  text: text(5),
});
export type DomainLine = z.infer<typeof DomainLineSchema>;

type Path = (string | number)[];

/** Every string in a value, with its path, for checks that apply to all text in a scenario. */
function* strings(value: unknown, path: Path = []): Generator<[Path, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

export const ScenarioSchema = z
  .strictObject({
    id: IdSchema,
    title: text(5, 120),
    person: ScenarioPersonSchema,
    setting: text(20),
    learningPoints: z.array(LearningPointSchema).check(z.minLength(5)),
    says: z.array(DomainLineSchema).check(z.minLength(5)),
    suggestedPhrasings: z.array(DomainLineSchema).check(z.minLength(5)),
    pitfalls: z.array(text(10)).check(z.minLength(3)),
    discussionQuestions: z.array(text(10)).check(z.minLength(3)),
    modelSummary: text(1),
  })
  .check(
    z.superRefine((scenario, ctx) => {
      const issue = (path: Path, message: string, input: unknown) =>
        ctx.addIssue({ code: 'custom', path, message, input });

      const words = countWords(scenario.modelSummary);
      if (words < MODEL_SUMMARY_WORDS.min || words > MODEL_SUMMARY_WORDS.max)
        issue(['modelSummary'], `must be ${MODEL_SUMMARY_WORDS.min} to ${MODEL_SUMMARY_WORDS.max} words (has ${words})`, words);

      // The presenter view steps through the taught domains: each needs a line from the person and a
      // phrasing to reveal, and every line must belong to a domain the scenario teaches.
      const taught = new Set(scenario.learningPoints.map((p) => p.domain));
      for (const field of ['says', 'suggestedPhrasings'] as const) {
        const lines = scenario[field];
        lines.forEach((line, i) => {
          if (!taught.has(line.domain))
            issue([field, i, 'domain'], `domain "${line.domain}" has no learning point in this scenario`, line.domain);
        });
        for (const domain of taught)
          if (!lines.some((line) => line.domain === domain))
            issue([field], `needs at least one entry for domain "${domain}"`, lines);
      }

      for (const [path, value] of strings(scenario))
        if (NHS_NUMBER_LIKE.test(value)) issue(path, 'must not contain anything shaped like an NHS number', value);
    }),
  );
export type Scenario = z.infer<typeof ScenarioSchema>;

export const ScenarioPackSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: IdSchema,
    name: text(3, 120),
    publisher: text(2, 120),
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0')),
    date: z.iso.date(),
    scenarios: z.array(ScenarioSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((pack, ctx) => {
      const seen = new Map<string, number>();
      pack.scenarios.forEach((scenario, s) => {
        const first = seen.get(scenario.id);
        if (first !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['scenarios', s, 'id'],
            message: `duplicate id "${scenario.id}" (also scenarios[${first}].id)`,
            input: scenario.id,
          });
        else seen.set(scenario.id, s);
      });
    }),
  );
export type ScenarioPack = z.infer<typeof ScenarioPackSchema>;

/**
 * Checks a parsed pack against a framework: every domain must exist, and every prompt must exist
 * in the domain its line names. Returns messages that start with the path, empty when all is well.
 */
export function findScenarioReferenceErrors(pack: ScenarioPack, framework: Framework): string[] {
  const prompts = new Map(framework.domains.map((d) => [d.id, new Set(d.prompts.map((p) => p.id))]));
  const errors: string[] = [];
  pack.scenarios.forEach((scenario, s) => {
    const at = `scenarios[${s}]`;
    scenario.learningPoints.forEach((point, i) => {
      if (!prompts.has(point.domain))
        errors.push(`${at}.learningPoints[${i}].domain: unknown domain "${point.domain}"`);
    });
    for (const field of ['says', 'suggestedPhrasings'] as const)
      scenario[field].forEach((line, i) => {
        const known = prompts.get(line.domain);
        if (!known) errors.push(`${at}.${field}[${i}].domain: unknown domain "${line.domain}"`);
        else if (line.prompt !== undefined && !known.has(line.prompt))
          errors.push(`${at}.${field}[${i}].prompt: "${line.prompt}" is not a prompt in domain "${line.domain}"`);
      });
  });
  return errors;
}
