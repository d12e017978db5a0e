import { z } from 'zod/mini';

// zod/mini keeps the sidebar and content script inside their size budgets (issue 3).
// Each schema is z.lazy: built at its first use, not as the sidebar's first load imports it (issue 20 item 1).

/** Ids are stable across versions: audits compare them, so never reuse one for a different meaning. */
export const IdSchema = z.lazy(() => z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')));

const text = (min: number) => z.string().check(z.minLength(min));

export const PromptSchema = z.lazy(() => z.strictObject({
  id: IdSchema,
  /**
   * What the person says here could harm them if others read the record (proxy access by family,
   * other agencies, overseas visitors teams): such notes stay out of the summary until the
   * clinician records that the person agreed (issue 14).
   */
  sensitive: z.optional(z.boolean()),
  question: text(10),
  why: text(10),
  phrasings: z.array(text(5)).check(z.minLength(2), z.maxLength(3)),
  record: text(5),
  guidance: z.array(IdSchema).check(z.minLength(1)),
  // What the prompt is for, where the same ask could turn up in two domains (issue 15: the charging
  // question was asked twice). Two prompts with one intent fail the framework check below.
  intent: z.optional(IdSchema),
}));
export type Prompt = z.infer<typeof PromptSchema>;

export const DomainSchema = z.lazy(() => z.strictObject({
  id: IdSchema,
  title: text(3),
  summary: text(10),
  prompts: z.array(PromptSchema).check(z.minLength(1)),
}));
export type Domain = z.infer<typeof DomainSchema>;

export const LeastRestrictiveOptionSchema = z.lazy(() => z.strictObject({
  id: IdSchema,
  label: text(3),
  description: text(5),
}));
export type LeastRestrictiveOption = z.infer<typeof LeastRestrictiveOptionSchema>;

/** A statement the person rates on the feedback page (issue 16), in plain English, first person. */
export const FeedbackStatementSchema = z.lazy(() => z.strictObject({ id: IdSchema, text: text(10) }));
export type FeedbackStatement = z.infer<typeof FeedbackStatementSchema>;

export const FrameworkSchema = z.lazy(() => z
  .strictObject({
    id: IdSchema,
    name: text(3),
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0')),
    domains: z.array(DomainSchema).check(z.minLength(1)),
    leastRestrictiveOptions: z.array(LeastRestrictiveOptionSchema),
    feedbackStatements: z.optional(z.array(FeedbackStatementSchema).check(z.minLength(1), z.maxLength(12))),
    /**
     * The short path of core prompts for a first contact (issue 14), by prompt id. The rest of the
     * framework stays available beside it; without it, the sidebar offers no short path.
     */
    firstContact: z.optional(z.array(IdSchema).check(z.minLength(1))),
  })
  .check(
    z.superRefine((framework, ctx) => {
      const seen = new Set<string>();
      const claim = (id: string, path: (string | number)[]) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}"`, input: id });
        seen.add(id);
      };
      const intents = new Map<string, string>();
      framework.domains.forEach((domain, d) => {
        claim(domain.id, ['domains', d, 'id']);
        domain.prompts.forEach((prompt, p) => {
          claim(prompt.id, ['domains', d, 'prompts', p, 'id']);
          if (prompt.intent === undefined) return;
          const first = intents.get(prompt.intent);
          if (first !== undefined)
            ctx.addIssue({ code: 'custom', path: ['domains', d, 'prompts', p, 'intent'], message: `prompt "${prompt.id}" asks the same as "${first}" (intent "${prompt.intent}"): keep one`, input: prompt.intent });
          else intents.set(prompt.intent, prompt.id);
        });
      });
      framework.leastRestrictiveOptions.forEach((option, o) => claim(option.id, ['leastRestrictiveOptions', o, 'id']));
      framework.feedbackStatements?.forEach((statement, i) => claim(statement.id, ['feedbackStatements', i, 'id']));
      const prompts = new Set(framework.domains.flatMap((d) => d.prompts.map((p) => p.id)));
      framework.firstContact?.forEach((id, i) => {
        const first = framework.firstContact!.indexOf(id);
        if (!prompts.has(id)) ctx.addIssue({ code: 'custom', path: ['firstContact', i], message: `names no prompt of this framework: "${id}"`, input: id });
        else if (first !== i) ctx.addIssue({ code: 'custom', path: ['firstContact', i], message: `lists "${id}" twice`, input: id });
      });
    }),
  ));
export type Framework = z.infer<typeof FrameworkSchema>;
