import { z } from 'zod/mini';
import { FeedbackStatementSchema, IdSchema, type Framework } from '../framework/schema';
import { GuidanceSectionSchema } from '../guidance/schema';
import { ServiceSchema } from '../services/schema';
import { FrameworkAdditionSchema } from './additions';

/** Limits checked before the expensive steps, so a huge or hostile file fails fast and clearly. */
export const PACK_LIMITS = { bytes: 32 * 1024 * 1024, sections: 20_000, services: 5_000, depth: 20 } as const;

/** The pack format this release reads; a newer one is refused rather than half-understood. */
export const PACK_SCHEMA_VERSION = 1;

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));

/** Who made the pack and which version of it this is. */
const PackMetaSchema = z.strictObject({
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  id: IdSchema,
  name: text(3, 120),
  publisher: text(2, 120),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0')),
  date: z.iso.date(),
});

/** A trust's own statements for the person's feedback page, in place of the framework's (issue 16). */
const FeedbackStatementsSchema = z.optional(z.array(FeedbackStatementSchema).check(z.minLength(1), z.maxLength(12)));

const packFields = {
  ...PackMetaSchema.def.shape,
  services: z.array(ServiceSchema).check(z.maxLength(PACK_LIMITS.services)),
  frameworkAdditions: z.optional(z.array(FrameworkAdditionSchema)),
  feedbackStatements: FeedbackStatementsSchema,
};

/** A trust's content pack, as documented in the README. */
export const PackSchema = z.strictObject({
  ...packFields,
  sections: z.array(GuidanceSectionSchema).check(z.maxLength(PACK_LIMITS.sections)),
});
export type Pack = z.infer<typeof PackSchema>;

/** The pack with sections left unchecked, so sections can be checked in chunks with progress. */
export const PackShellSchema = z.strictObject({
  ...packFields,
  sections: z.array(z.unknown()).check(z.maxLength(PACK_LIMITS.sections)),
});

/** The `packs` row: metadata, what the pack brings beyond sections and services, and counts. */
export const StoredPackSchema = z.strictObject({
  ...PackMetaSchema.def.shape,
  frameworkAdditions: z.array(FrameworkAdditionSchema),
  feedbackStatements: FeedbackStatementsSchema,
  installedAt: z.number(),
  counts: z.strictObject({ sections: z.number(), services: z.number(), prompts: z.number() }),
});
export type StoredPack = z.infer<typeof StoredPackSchema>;

/** What the options page lists for an installed pack. */
export interface InstalledPack extends StoredPack {
  /** Built-in section ids this pack's sections replace. */
  replacesBuiltIn: string[];
}

/** What an import checks a pack against: the content built into this release. */
export interface BuiltIns {
  framework: Framework;
  sectionIds: ReadonlySet<string>;
}
