import { z } from 'zod/mini';
import { IdSchema } from '../framework/schema';

const text = (min: number, max = 100_000) => z.string().check(z.minLength(min), z.maxLength(max));

export const ReferenceSchema = z.strictObject({
  title: text(3),
  publisher: text(2),
  year: z.optional(z.union([z.int().check(z.gte(1900), z.lte(2100)), text(4)])),
  url: z.optional(z.url({ protocol: /^https$/ })),
});
export type Reference = z.infer<typeof ReferenceSchema>;

/** A guidance section: Markdown body plus the metadata search and linking need. */
export const GuidanceSectionSchema = z.strictObject({
  id: IdSchema,
  title: text(3, 120),
  summary: text(10, 400),
  tags: z.array(text(2)).check(z.minLength(1)),
  domains: z.array(IdSchema),
  body: text(50),
  references: z.array(ReferenceSchema).check(z.minLength(1)),
  reviewed: z.iso.date(),
  // Who signed the section off, as a role ("Clinical safety officer, pending" until someone has),
  // and when it must be looked at again. Optional for packs; built-in sections must carry both
  // (scripts/content-loader.ts), and the sidebar says "Due for review" once nextReview has passed.
  reviewedBy: z.optional(text(3, 120)),
  nextReview: z.optional(z.iso.date()),
});
export type GuidanceSection = z.infer<typeof GuidanceSectionSchema>;
