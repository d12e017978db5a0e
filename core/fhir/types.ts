import { z } from 'zod/mini';

// Only the parts of FHIR R4 Questionnaire and QuestionnaireResponse that Coplan emits, so these
// schemas check the exporters' output rather than describe the whole resource. Enumerations list
// only the codes Coplan uses; cardinalities and required fields follow hl7.org/fhir/R4.
// Strict objects reject any other key, which is how tests prove no `subject` slips in.

/** FHIR JSON forbids empty strings and empty arrays: an absent element is left out instead. */
const FhirString = z.string().check(z.minLength(1));
const nonEmpty = <T extends z.ZodMiniType>(schema: T) => z.array(schema).check(z.minLength(1));

/** R4 `id` datatype. */
const FhirId = z.string().check(z.regex(/^[A-Za-z0-9\-.]{1,64}$/));

export const FhirCodingSchema = z.strictObject({
  system: z.optional(FhirString),
  code: z.optional(FhirString),
  display: z.optional(FhirString),
});
export type FhirCoding = z.infer<typeof FhirCodingSchema>;

/** SDC rendering hints (e.g. questionnaire-itemControl); only the CodeableConcept value is used. */
export const FhirExtensionSchema = z.strictObject({
  url: FhirString,
  valueCodeableConcept: z.strictObject({ coding: nonEmpty(FhirCodingSchema) }),
});

/** answerOption.value[x] is required; Coplan's options are always codes. */
export const FhirAnswerOptionSchema = z.strictObject({ valueCoding: FhirCodingSchema });

export const QUESTIONNAIRE_ITEM_TYPES = ['group', 'string', 'text', 'boolean', 'choice'] as const;

// Recursion through a getter, as the zod v4 docs recommend, so z.infer still gives the full type.
// The getter must not be read while the schema is being built, so invariants across items are
// checked once on the whole Questionnaire below.
export const FhirQuestionnaireItemSchema = z.strictObject({
  linkId: FhirString,
  text: z.optional(FhirString),
  type: z.enum(QUESTIONNAIRE_ITEM_TYPES),
  repeats: z.optional(z.boolean()),
  extension: z.optional(nonEmpty(FhirExtensionSchema)),
  answerOption: z.optional(nonEmpty(FhirAnswerOptionSchema)),
  get item() {
    return z.optional(nonEmpty(FhirQuestionnaireItemSchema));
  },
});
export type FhirQuestionnaireItem = z.infer<typeof FhirQuestionnaireItemSchema>;

export const FhirQuestionnaireSchema = z
  .strictObject({
    resourceType: z.literal('Questionnaire'),
    id: FhirId,
    url: FhirString,
    version: FhirString,
    /** inv-0: usable as an identifier by machine processing, such as code generation. */
    name: z.string().check(z.regex(/^[A-Z][A-Za-z0-9_]{0,254}$/)),
    title: FhirString,
    status: z.literal('active'),
    item: z.optional(nonEmpty(FhirQuestionnaireItemSchema)),
  })
  .check(
    z.superRefine((questionnaire, ctx) => {
      const seen = new Set<string>();
      const visit = (items: FhirQuestionnaireItem[] = []) => {
        for (const item of items) {
          const fail = (message: string) => ctx.addIssue({ code: 'custom', message: `${item.linkId}: ${message}`, input: item });
          if (seen.has(item.linkId)) fail('que-2: linkIds must be unique within the questionnaire');
          if (item.type === 'group' && !item.item) fail('que-1: group items must have nested items');
          if (item.type !== 'choice' && item.answerOption) fail('que-5: only choice items can have answerOption');
          seen.add(item.linkId);
          visit(item.item);
        }
      };
      visit(questionnaire.item);
    }),
  );
export type FhirQuestionnaire = z.infer<typeof FhirQuestionnaireSchema>;

/** Exactly one value[x] per answer: each branch is a strict object with a single key. */
export const FhirAnswerSchema = z.union([
  z.strictObject({ valueBoolean: z.boolean() }),
  z.strictObject({ valueString: FhirString }),
  z.strictObject({ valueCoding: FhirCodingSchema }),
]);
export type FhirAnswer = z.infer<typeof FhirAnswerSchema>;

export const FhirResponseItemSchema = z.strictObject({
  linkId: FhirString,
  text: z.optional(FhirString),
  answer: z.optional(nonEmpty(FhirAnswerSchema)),
  get item() {
    return z.optional(nonEmpty(FhirResponseItemSchema));
  },
});
export type FhirResponseItem = z.infer<typeof FhirResponseItemSchema>;

export const FhirQuestionnaireResponseSchema = z.strictObject({
  resourceType: z.literal('QuestionnaireResponse'),
  id: FhirId,
  questionnaire: FhirString,
  status: z.enum(['in-progress', 'completed']),
  authored: z.iso.datetime({ offset: true }),
  item: z.optional(nonEmpty(FhirResponseItemSchema)),
});
export type FhirQuestionnaireResponse = z.infer<typeof FhirQuestionnaireResponseSchema>;
