import { z } from 'zod/mini';

// The parts of FHIR R4 Bundle and AuditEvent (hl7.org/fhir/R4/auditevent.html) that Coplan emits.
// Strict objects reject every other key: that is how tests prove no patient or `subject` slips in.

const FhirString = z.string().check(z.minLength(1));
const FhirId = z.string().check(z.regex(/^[A-Za-z0-9\-.]{1,64}$/));
const nonEmpty = <T extends z.ZodMiniType>(schema: T) => z.array(schema).check(z.minLength(1));

const CodingSchema = z.strictObject({ system: FhirString, code: FhirString, display: z.optional(FhirString) });
const IdentifierSchema = z.strictObject({ system: FhirString, value: FhirString });
const ReferenceSchema = z.union([z.strictObject({ identifier: IdentifierSchema }), z.strictObject({ display: FhirString })]);

export const FhirAuditEventSchema = z.strictObject({
  resourceType: z.literal('AuditEvent'),
  id: FhirId,
  type: CodingSchema,
  subtype: z.optional(nonEmpty(CodingSchema)),
  action: z.enum(['C', 'R', 'U', 'D', 'E']),
  recorded: z.iso.datetime({ offset: true }),
  outcome: z.enum(['0', '4', '8', '12']),
  purposeOfEvent: z.optional(nonEmpty(z.strictObject({ coding: nonEmpty(CodingSchema) }))),
  agent: nonEmpty(
    z.strictObject({
      type: z.optional(z.strictObject({ coding: nonEmpty(CodingSchema) })),
      who: z.optional(ReferenceSchema),
      requestor: z.boolean(),
    }),
  ),
  source: z.strictObject({ site: z.optional(FhirString), observer: ReferenceSchema, type: z.optional(nonEmpty(CodingSchema)) }),
  entity: z.optional(
    nonEmpty(
      z.strictObject({
        what: z.optional(ReferenceSchema),
        type: CodingSchema,
        detail: z.optional(nonEmpty(z.strictObject({ type: FhirString, valueString: FhirString }))),
      }),
    ),
  ),
});
export type FhirAuditEvent = z.infer<typeof FhirAuditEventSchema>;
export type FhirAuditEntity = NonNullable<FhirAuditEvent['entity']>[number];

export const FhirAuditBundleSchema = z.strictObject({
  resourceType: z.literal('Bundle'),
  id: FhirId,
  type: z.literal('collection'),
  timestamp: z.iso.datetime({ offset: true }),
  entry: nonEmpty(z.strictObject({ resource: FhirAuditEventSchema })),
});
export type FhirAuditBundle = z.infer<typeof FhirAuditBundleSchema>;
