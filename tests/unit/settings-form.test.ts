import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { checkSettingsDraft, draftFromSettings } from '../../core/settings-form';

describe('the settings form', () => {
  it('shows ids still at their default as empty boxes, not the word "unassigned"', () => {
    expect(draftFromSettings(DEFAULT_SETTINGS)).toEqual({ retentionHours: '24', clinicianId: '', teamId: '' });
    expect(draftFromSettings({ ...DEFAULT_SETTINGS, teamId: 'team-north' }).teamId).toBe('team-north');
  });

  it('saves an empty id as unassigned, and trims what was typed', () => {
    expect(checkSettingsDraft({ retentionHours: ' 8 ', clinicianId: ' nurse-17 ', teamId: '' }, DEFAULT_SETTINGS)).toEqual({
      ok: true,
      settings: { retentionHours: 8, clinicianId: 'nurse-17', teamId: 'unassigned' },
    });
  });

  it('names every field that needs changing at once, and the id it refuses', () => {
    const checked = checkSettingsDraft({ retentionHours: 'forever', clinicianId: 'Jo Smith', teamId: 'Team North' }, DEFAULT_SETTINGS);
    expect(checked).toEqual({
      ok: false,
      problems: {
        retentionHours: 'Enter how many hours to keep session drafts: a whole number from 1 to 720.',
        clinicianId: 'Your clinician id “Jo Smith” may hold only lower-case letters, numbers and single hyphens between them, such as team-north-2.',
        teamId: 'The team id “Team North” may hold only lower-case letters, numbers and single hyphens between them, such as team-north-2.',
      },
    });
  });

  it.each(['0', '721', '1.5', '-3', ''])('refuses %j hours', (hours) => {
    expect(checkSettingsDraft({ retentionHours: hours, clinicianId: '', teamId: '' }, DEFAULT_SETTINGS)).toMatchObject({ ok: false, problems: { retentionHours: expect.any(String) } });
  });

  it('says how long an over-long id is rather than echoing it', () => {
    const checked = checkSettingsDraft({ retentionHours: '24', clinicianId: 'a'.repeat(70), teamId: '' }, DEFAULT_SETTINGS);
    expect(checked).toEqual({ ok: false, problems: { clinicianId: 'Your clinician id is 70 characters long: use at most 64.' } });
  });
});
