interface Props {
  clinicianId: string;
  teamId: string;
  policyTeamId?: string;
  onClinician: (value: string) => void;
  onTeam: (value: string) => void;
}

/** The pseudonymous ids stamped on usage records; the team id may come from policy. */
export function AuditIdsFields({ clinicianId, teamId, policyTeamId, onClinician, onTeam }: Props) {
  return (
    <fieldset class="field">
      <legend>Usage records for your team lead</legend>
      <p class="field__hint">
        Coplan records which prompts and guidance are used, never what anyone said. These ids mark your records: use lower-case letters,
        numbers and hyphens, and never your name or staff number. <a href="/dashboard.html">Open the team dashboard</a>.
      </p>
      <div class="field field--nested">
        <label for="clinician-id">Your pseudonymous clinician id</label>
        <input id="clinician-id" type="text" autoComplete="off" value={clinicianId} onInput={(e) => onClinician(e.currentTarget.value)} />
      </div>
      <div class="field field--nested">
        <label for="team-id">Team id</label>
        <p class="field__hint" id="team-id-hint">{policyTeamId ? 'Set by your organisation’s policy.' : 'Ask your team lead which id to use.'}</p>
        <input id="team-id" type="text" autoComplete="off" aria-describedby="team-id-hint" readOnly={!!policyTeamId} value={policyTeamId ?? teamId} onInput={(e) => onTeam(e.currentTarget.value)} />
      </div>
    </fieldset>
  );
}
