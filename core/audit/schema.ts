import { z } from 'zod/mini';
import { EqualityAnswersSchema } from '../equality/categories';
import { AGENDA_PATHS } from '../session/agenda';
import { OPTION_CHOICES } from '../session/schema';
import { STATUSES } from '../session/statuses';

// Audit events hold ids, counts, statuses, codes and times, never text a person typed or a page
// showed (DESIGN.md rule 5, issue 7). Every string is an id or a code from a closed list, so free
// text cannot pass even by mistake. Kept free of anything heavy: the sidebar imports it.

/** Lower-case words joined by hyphens (framework ids, pseudonymous ids, lower-case UUIDs). */
export const AuditIdSchema = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const VersionSchema = z.string().check(z.regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/));

export const OPTION_OUTCOMES = ['not-discussed', ...OPTION_CHOICES] as const;
/** Why a summary did not go into the EHR field: the page's reasons plus "no field chosen". */
export const INSERTION_FAILURES = ['gone', 'not-writable', 'did-not-stick', 'no-page', 'no-field', 'context-changed', 'obscured'] as const;
/** What the clinician did when Coplan warned that the page may show a different person. */
export const WARNING_OUTCOMES = ['cancelled', 'continued', 'switched-session'] as const;

const base = {
  id: AuditIdSchema,
  /** Milliseconds since the Unix epoch. */
  at: z.int().check(z.nonnegative()),
  clinician: AuditIdSchema,
  team: AuditIdSchema,
  /** Random per session, never linked to the person. */
  sessionId: AuditIdSchema,
  frameworkId: AuditIdSchema,
  frameworkVersion: VersionSchema,
  training: z.boolean(),
};
const event = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ ...base, type: z.literal(type), ...shape });

export const AuditEventSchema = z.discriminatedUnion('type', [
  event('session-started', {}),
  event('session-finished', {}),
  // Finishing locks a session; the clinician opened it again for changes (issue 18).
  event('session-reopened', {}),
  // Which path the conversation took (issue 14): the person's chosen areas, the first-contact
  // short path, or every area; domain ids only for chosen areas, never anything typed.
  event('agenda-set', { path: z.enum(AGENDA_PATHS), domainIds: z.array(AuditIdSchema).check(z.maxLength(64)) }),
  event('prompt-status-set', { domainId: AuditIdSchema, promptId: AuditIdSchema, status: z.enum(STATUSES) }),
  event('option-set', { optionId: AuditIdSchema, outcome: z.enum(OPTION_OUTCOMES) }),
  event('guidance-opened', { sectionId: AuditIdSchema, domainId: z.optional(AuditIdSchema) }),
  event('search-run', { resultCount: z.int().check(z.nonnegative()) }),
  event('summary-inserted', {}),
  // The clinician took the last insert back out of the EHR: it no longer counts as inserted (issue 18).
  event('summary-insert-undone', {}),
  event('summary-copied', {}),
  event('insertion-failed', { outcome: z.enum(INSERTION_FAILURES) }),
  event('wrong-patient-warning', { outcome: z.enum(WARNING_OUTCOMES) }),
  // The person's own equality answers, as codes (issue 16); the latest replaces earlier ones.
  event('equality-recorded', { answers: EqualityAnswersSchema }),
  // Whether an interpreter and an advocate took part, for the equality view (issue 16).
  event('participants-set', { interpreter: z.boolean(), advocate: z.boolean() }),
]);
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export type AuditEventType = AuditEvent['type'];

/** Omit applied to each member of a union, so each event type keeps its own fields. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** What the sidebar says happened; the recorder adds id, time, clinician, team and training. */
export type AuditInput = DistributiveOmit<AuditEvent, 'id' | 'at' | 'clinician' | 'team' | 'training'>;

/**
 * The stored row: `training` is 0 or 1 because IndexedDB cannot index booleans (a row with a
 * boolean would be missing from the [training+at] index), and `origin` says whether this device
 * recorded it or it came from a team member's file, so imported rows can be cleared alone.
 */
export type AuditRow = Omit<AuditEvent, 'training'> & { training: 0 | 1; origin: 'local' | 'imported' };

export function toRow(event: AuditEvent, origin: AuditRow['origin']): AuditRow {
  return { ...event, training: event.training ? 1 : 0, origin } as AuditRow;
}

/** Reads a stored row back through the schema; a damaged row gives undefined, never a crash. */
export function fromRow(row: unknown): AuditEvent | undefined {
  if (!row || typeof row !== 'object') return undefined;
  const { origin: _origin, training, ...rest } = row as Record<string, unknown>;
  const parsed = AuditEventSchema.safeParse({ ...rest, training: training === 1 ? true : training === 0 ? false : training });
  return parsed.success ? parsed.data : undefined;
}

/** Which fields were wrong, never their values nor unexpected key names: either may be free text. */
export function describeIssues(issues: readonly { code: string; path: PropertyKey[] }[]): string {
  return issues.map((x) => (x.code === 'unrecognized_keys' ? 'fields that should not be there' : x.path.map(String).join('.') || x.code)).join(', ');
}
