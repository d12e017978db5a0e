import { SettingsSchema, UNASSIGNED, type Settings } from './settings';

/** The settings form as typed: text in each box, an id left empty meaning "not set yet". */
export interface SettingsDraft {
  retentionHours: string;
  clinicianId: string;
  teamId: string;
}
export type SettingsField = keyof SettingsDraft;

/** Saved settings, or a message for each field that needs changing (shown at that field, issue 18). */
export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; problems: Partial<Record<SettingsField, string>> };

// An id still at its default shows as an empty box with a placeholder, so nobody mistakes
// "unassigned" for a value someone chose, or has to delete it before typing their own.
const shown = (id: string) => (id === UNASSIGNED ? '' : id);

export function draftFromSettings(settings: Settings): SettingsDraft {
  return { retentionHours: String(settings.retentionHours), clinicianId: shown(settings.clinicianId), teamId: shown(settings.teamId) };
}

const ID_NAMES: Record<'clinicianId' | 'teamId', string> = { clinicianId: 'Your clinician id', teamId: 'The team id' };

/** Checks every field at once, so the person sees all that needs changing in one go. */
export function checkSettingsDraft(draft: SettingsDraft, base: Settings): SettingsCheck {
  const candidate = {
    ...base,
    retentionHours: /^\s*\d+\s*$/.test(draft.retentionHours) ? Number(draft.retentionHours) : Number.NaN,
    clinicianId: draft.clinicianId.trim() || UNASSIGNED,
    teamId: draft.teamId.trim() || UNASSIGNED,
  };
  const parsed = SettingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const problems: Partial<Record<SettingsField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'retentionHours') problems.retentionHours = 'Enter how many hours to keep session drafts: a whole number from 1 to 720.';
    if (field === 'clinicianId' || field === 'teamId') {
      const typed = draft[field].trim();
      problems[field] = typed.length > 64
        ? `${ID_NAMES[field]} is ${typed.length} characters long: use at most 64.`
        : `${ID_NAMES[field]} “${typed}” may hold only lower-case letters, numbers and single hyphens between them, such as team-north-2.`;
    }
  }
  return { ok: false, problems };
}
