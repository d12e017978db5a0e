import { storage } from '#imports';
import { z } from 'zod/mini';

const Id = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));

/** The practice run a debrief was last offered for: which record, session and scenario. */
export const LastPracticeSchema = z.strictObject({
  personId: Id,
  sessionId: z.string().check(z.minLength(8), z.maxLength(80)),
  /** The practice session's label, for the link's text; practice is about fictional people only. */
  label: z.string().check(z.maxLength(200)),
  scenarioId: Id,
  hints: z.boolean(),
});
export type LastPractice = z.infer<typeof LastPracticeSchema>;

/**
 * Kept so the latest debrief stays linked after the record page reloads, and so debrief.html
 * opened on its own shows it (issue 18); removed with the training data.
 */
const lastPracticeItem = storage.defineItem<unknown>('local:lastPractice', { fallback: null });

export async function loadLastPractice(): Promise<LastPractice | undefined> {
  const parsed = LastPracticeSchema.safeParse(await lastPracticeItem.getValue());
  return parsed.success ? parsed.data : undefined;
}

export const saveLastPractice = (last: LastPractice) => lastPracticeItem.setValue(last);

export const forgetLastPractice = () => lastPracticeItem.removeValue();
