import { z } from 'zod/mini';
import { IdSchema } from '../framework/schema';
import { StatusSchema } from './statuses';

export const PromptStateSchema = z.strictObject({
  status: StatusSchema,
  note: z._default(z.string(), ''),
});
export type PromptState = z.infer<typeof PromptStateSchema>;

const time = z.int().check(z.nonnegative());

/** One care-planning conversation; clinical data, kept only as a short-lived draft. */
export const SessionSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().check(z.minLength(8)),
  label: z.string().check(z.maxLength(200)),
  frameworkId: IdSchema,
  frameworkVersion: z.string(),
  createdAt: time,
  updatedAt: time,
  training: z.boolean(),
  prompts: z.record(IdSchema, PromptStateSchema),
});
export type Session = z.infer<typeof SessionSchema>;
