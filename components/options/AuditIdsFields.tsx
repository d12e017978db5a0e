import type { SettingsDraft, SettingsField } from '../../core/settings-form';
import { TextField } from './TextField';

interface Props {
  draft: SettingsDraft;
  problems: Partial<Record<SettingsField, string>>;
  policyTeamId?: string;
  onChange: (change: Partial<SettingsDraft>) => void;
}

/** The pseudonymous ids stamped on usage records; the team id may come from policy. */
export function AuditIdsFields({ draft, problems, policyTeamId, onChange }: Props) {
  return (
    <fieldset class="field">
      <legend>Usage records for your team lead</legend>
      <p class="field__hint">
        Coplan records which prompts and guidance are used, never what anyone said. These ids mark your records: use lower-case letters,
        numbers and hyphens, and never your name or staff number. Left empty, your records say “unassigned”.{' '}
        <a href="/dashboard.html">Open the team dashboard</a>.
      </p>
      <TextField nested id="clinician-id" label="Your pseudonymous clinician id" size="id" placeholder="such as nurse-17"
        value={draft.clinicianId} error={problems.clinicianId} onInput={(clinicianId) => onChange({ clinicianId })} />
      <TextField nested id="team-id" label="Team id" size="id" placeholder="such as team-north"
        hint={policyTeamId ? 'Set by your organisation’s policy.' : 'Ask your team lead which id to use.'}
        readOnly={!!policyTeamId} value={policyTeamId ?? draft.teamId} error={problems.teamId} onInput={(teamId) => onChange({ teamId })} />
    </fieldset>
  );
}
