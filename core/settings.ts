import { z } from 'zod/mini';

// Pseudonymous ids for audit records: lower-case words, never a name or staff number by design.
const PseudonymSchema = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const SettingsSchema = z.strictObject({
  /** How long a session draft is kept; clinical text must not outlive its use. */
  retentionHours: z.int().check(z.gte(1), z.lte(720)),
  clinicianId: PseudonymSchema,
  teamId: PseudonymSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The id stamped on usage records until someone sets their own. */
export const UNASSIGNED = 'unassigned';

export const DEFAULT_SETTINGS: Settings = { retentionHours: 24, clinicianId: UNASSIGNED, teamId: UNASSIGNED };

/** Reads stored settings, falling back to defaults for anything missing or damaged. */
export function readSettings(raw: unknown): Settings {
  // Each setting falls back on its own, so one damaged value does not reset the others.
  const stored = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const candidate = { ...settings, [key]: stored[key] };
    if (SettingsSchema.safeParse(candidate).success) Object.assign(settings, { [key]: stored[key] });
  }
  return settings;
}
