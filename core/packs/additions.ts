import { z } from 'zod/mini';
import { IdSchema, PromptSchema, type Framework } from '../framework/schema';
// Each schema is z.lazy: built at its first use, not as the sidebar's first load imports it (issue 20 item 1).

/**
 * Packs' extra prompts, apart from the rest of the pack code: the sidebar reads them before its
 * first render, so this module carries only the prompt schema, not the section and service ones.
 */

/** Extra prompts for a domain the framework already has; a pack cannot add or change domains. */
export const FrameworkAdditionSchema = z.lazy(() => z.strictObject({
  domain: IdSchema,
  prompts: z.array(PromptSchema).check(z.minLength(1)),
}));
export type FrameworkAddition = z.infer<typeof FrameworkAdditionSchema>;

const StoredAdditionsSchema = z.lazy(() => z.object({ frameworkAdditions: z.array(FrameworkAdditionSchema) }));

/** The extra prompts in stored pack rows; a damaged row adds none rather than breaking the sidebar. */
export function frameworkAdditionsFrom(rows: unknown[]): FrameworkAddition[] {
  return rows.flatMap((row) => {
    const parsed = StoredAdditionsSchema.safeParse(row);
    return parsed.success ? parsed.data.frameworkAdditions : [];
  });
}

/**
 * The framework with packs' extra prompts after each domain's own. Id and version stay the
 * built-in ones: pack prompts have their own ids, so audits still compare the built-in prompts.
 */
export function mergeFramework(framework: Framework, additions: FrameworkAddition[]): Framework {
  if (!additions.length) return framework;
  return {
    ...framework,
    domains: framework.domains.map((domain) => {
      const extra = additions.filter((a) => a.domain === domain.id).flatMap((a) => a.prompts);
      return extra.length ? { ...domain, prompts: [...domain.prompts, ...extra] } : domain;
    }),
  };
}
