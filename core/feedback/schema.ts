import { z } from 'zod/mini';
import { AuditIdSchema } from '../audit/schema';
import { CATEGORY_IDS, EqualityAnswersSchema, flatAnswers } from '../equality/categories';

// The person's (or carer's) own feedback (issue 16, PCREF's third part). Anonymous by shape: no
// session id, no clinician id, no time finer than the week it was given in, the team only, and
// codes and scores only, never free text. A strict schema, so nothing else can ride along.

/** Scores: 1 strongly disagree … 5 strongly agree; 0 "Prefer not to say". */
export const SCORES = [0, 1, 2, 3, 4, 5] as const;
/** A score that counts as agreeing with the statement. */
export const AGREES = (score: number) => score >= 4;

const MONDAY = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const FeedbackRowSchema = z.strictObject({
  /** Random, linked to nothing: it only lets the same row arrive twice without counting twice. */
  id: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)),
  /** The Monday (UK date) of the week it was given in. */
  week: MONDAY,
  team: AuditIdSchema,
  /** 1 when a carer gave it. */
  carer: z.union([z.literal(0), z.literal(1)]),
  /** 1 when given on the demo EHR; kept apart from real feedback, like training audit records. */
  training: z.union([z.literal(0), z.literal(1)]),
  /** `frameworkId@version` whose statements were rated. */
  framework: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*@\d{1,4}\.\d{1,4}\.\d{1,4}$/)),
  /** Flat, 2 slots a statement: statement id, score. */
  scores: z.array(z.union([AuditIdSchema, z.int().check(z.gte(0), z.lte(5))])).check(z.maxLength(100)),
  /** Flat, 2 slots a category: category id, code. */
  equality: z.array(z.string().check(z.maxLength(32))).check(z.maxLength(2 * CATEGORY_IDS.length)),
});
export type FeedbackRow = z.infer<typeof FeedbackRowSchema>;

/** Whether the flat lists hold what they claim: pairs of id and score, pairs of category and code. */
export function wellFormed(row: FeedbackRow): boolean {
  const { scores, equality } = row;
  if (scores.length % 2 || equality.length % 2) return false;
  for (let i = 0; i < scores.length; i += 2) if (typeof scores[i] !== 'string' || typeof scores[i + 1] !== 'number') return false;
  const answers = Object.fromEntries(Array.from({ length: equality.length / 2 }, (_, k) => [equality[2 * k], equality[2 * k + 1]]));
  return EqualityAnswersSchema.safeParse(answers).success && flatAnswers(answers).length === equality.length;
}

/** Reads a stored or imported row; anything malformed gives undefined. */
export function readFeedbackRow(raw: unknown): FeedbackRow | undefined {
  const parsed = FeedbackRowSchema.safeParse(raw);
  return parsed.success && wellFormed(parsed.data) ? parsed.data : undefined;
}
