import { z } from 'zod/mini';

export const SettingsSchema = z.strictObject({
  /** How long a session draft is kept; clinical text must not outlive its use. */
  retentionHours: z.int().check(z.gte(1), z.lte(720)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { retentionHours: 24 };

/** Reads stored settings, falling back to defaults for anything missing or damaged. */
export function readSettings(raw: unknown): Settings {
  const parsed = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(raw && typeof raw === 'object' ? raw : {}) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
