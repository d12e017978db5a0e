import { z } from 'zod/mini';
import { EqualityAnswersSchema } from '../equality/categories';
import { IdSchema } from '../framework/schema';
import { InsertContextSchema } from '../messages';
import { AgendaSchema } from './agenda';
import { StatusSchema } from './statuses';
// Each schema is z.lazy: built at its first use, not as the sidebar's first load imports it (issue 20 item 1).

export const PromptStateSchema = z.lazy(() => z.strictObject({
  status: StatusSchema,
  note: z._default(z.string(), ''),
}));
export type PromptState = z.infer<typeof PromptStateSchema>;

export const ActionSchema = z.lazy(() => z.strictObject({
  id: z.string(),
  who: z.string(),
  what: z.string(),
  byWhen: z.string(),
}));
export type Action = z.infer<typeof ActionSchema>;

export const OPTION_CHOICES = ['discussed', 'preferred', 'not-suitable'] as const;
export const OptionChoiceSchema = z.lazy(() => z.enum(OPTION_CHOICES));
export type OptionChoice = z.infer<typeof OptionChoiceSchema>;

export const OptionStateSchema = z.lazy(() => z.strictObject({
  choice: OptionChoiceSchema,
  reason: z.string(),
}));
export type OptionState = z.infer<typeof OptionStateSchema>;

/** How the interpreter joined this session; family or friends only with a reason recorded (issue 14). */
export const INTERPRETER_KINDS = ['professional', 'telephone', 'video', 'family-friend'] as const;
export const InterpreterKindSchema = z.lazy(() => z.enum(INTERPRETER_KINDS));
export type InterpreterKind = z.infer<typeof InterpreterKindSchema>;

export const ParticipantsSchema = z.lazy(() => z.strictObject({
  interpreter: z.boolean(),
  interpreterLanguage: z.string(),
  // Defaults, so drafts saved before these fields existed still restore.
  interpreterKind: z._default(z.union([InterpreterKindSchema, z.literal('')]), ''),
  interpreterReason: z._default(z.string(), ''),
  advocate: z.boolean(),
  carer: z.boolean(),
  nominatedPerson: z.boolean(),
}));
export type Participants = z.infer<typeof ParticipantsSchema>;

export const INTERPRETER_NEED = ['not-asked', 'yes', 'no'] as const;
export type InterpreterNeed = (typeof INTERPRETER_NEED)[number];

/** The person's language and communication needs (Accessible Information Standard, DCB1605). */
export const CommunicationSchema = z.lazy(() => z.strictObject({
  preferredLanguage: z.string(),
  interpreterNeeded: z.enum(INTERPRETER_NEED),
  /** Communication support the person needs: large print, easy read, BSL, a longer appointment… */
  support: z.string(),
}));
export type Communication = z.infer<typeof CommunicationSchema>;

export const EMPTY_COMMUNICATION: Communication = { preferredLanguage: '', interpreterNeeded: 'not-asked', support: '' };

/** The co-production record: what the person and those with them said and agreed. */
export const CoproductionSchema = z.lazy(() => z.strictObject({
  ownWords: z.string(),
  carerView: z.string(),
  actions: z.array(ActionSchema),
  disagreements: z.string(),
  options: z.record(IdSchema, OptionStateSchema),
  participants: ParticipantsSchema,
  communication: z._default(CommunicationSchema, () => ({ ...EMPTY_COMMUNICATION })),
  /** Directory services chosen with the person, with their contacts on the person's copy. */
  chosenServices: z._default(z.array(IdSchema), () => []),
  /** The person's own equality answers, as codes, only if they chose to give them (issue 16). */
  equality: z.optional(EqualityAnswersSchema),
}));
export type Coproduction = z.infer<typeof CoproductionSchema>;

/**
 * What the person agreed at the review step (issue 14), saved with the session so a reload never
 * puts back an item they asked to leave out. Agreements to sensitive items are kept by the words
 * agreed (core/summary/review.ts), so a changed note needs agreeing again.
 */
export const ReviewStateSchema = z.lazy(() => z.strictObject({
  excluded: z.array(z.string()),
  agreed: z.array(z.string()),
  readBack: z.boolean(),
}));
export type ReviewState = z.infer<typeof ReviewStateSchema>;

const time = z.lazy(() => z.int().check(z.nonnegative()));
/** The tab and page (and person, with a rule) a session began on, as hashes, so Coplan can tell when the record changed. */
export const BindingSchema = z.lazy(InsertContextSchema);
export type Binding = z.infer<typeof BindingSchema>;

/** One care-planning conversation; clinical data, kept only as a short-lived draft. */
export const SessionSchema = z.lazy(() => z.strictObject({
  schemaVersion: z.literal(2),
  id: z.string().check(z.minLength(8)),
  label: z.string().check(z.maxLength(200)),
  frameworkId: IdSchema,
  frameworkVersion: z.string(),
  createdAt: time,
  updatedAt: time,
  finishedAt: z.optional(time),
  /** The EHR fields' labels the summary last went into (issue 18: the finishing message names them); none after an undo. */
  insertedInto: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(8))),
  binding: z.optional(BindingSchema),
  training: z.boolean(),
  prompts: z.record(IdSchema, PromptStateSchema),
  record: CoproductionSchema,
  /** Today's agenda, once the person has chosen it; drafts from before issue 14 have none. */
  agenda: z.optional(AgendaSchema),
  review: z._default(ReviewStateSchema, () => ({ excluded: [], agreed: [], readBack: false })),
}));
export type Session = z.infer<typeof SessionSchema>;
