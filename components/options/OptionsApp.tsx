import { useState } from 'preact/hooks';
import { SettingsSchema, type Settings } from '../../core/settings';
import type { PacksApi } from '../../core/packs/api';
import { AuditIdsFields } from './AuditIdsFields';
import { DeleteAllData } from './DeleteAllData';
import { PacksSection } from './packs/PacksSection';
import { SitesSection } from './sites/SitesSection';

interface Props {
  settings: Settings;
  onSave: (settings: Settings) => Promise<void>;
  onDeleteAll: () => Promise<void>;
  packs: PacksApi;
  /** Set when the trust's policy fixes the retention period; the field is then read-only. */
  policyRetentionHours?: number;
  policyTeamId?: string;
}

/** Settings a clinician or administrator changes; each says what it is for. */
export function OptionsApp({ settings, onSave, onDeleteAll, packs, policyRetentionHours, policyTeamId }: Props) {
  const [hours, setHours] = useState(String(policyRetentionHours ?? settings.retentionHours));
  const [clinicianId, setClinicianId] = useState(settings.clinicianId);
  const [teamId, setTeamId] = useState(settings.teamId);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = SettingsSchema.safeParse({ ...settings, retentionHours: Number(hours), clinicianId: clinicianId.trim(), teamId: teamId.trim() });
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0];
      const text = field === 'retentionHours' ? 'Enter a whole number of hours from 1 to 720.' : 'Ids may hold only lower-case letters, numbers and single hyphens (at most 64).';
      return setMessage({ ok: false, text });
    }
    await onSave(parsed.data);
    setMessage({ ok: true, text: `Saved. Session drafts are deleted ${parsed.data.retentionHours} hours after they were last changed.` });
  };

  return (
    <div class="app">
      <header class="app__header"><h1>Coplan settings</h1></header>
      <main>
        <form onSubmit={(e) => void save(e)} noValidate>
          <div class="field">
            <label for="retention">Keep session drafts for (hours)</label>
            <p class="field__hint" id="retention-hint">
              Drafts hold clinical notes until the summary is in the EHR. They are deleted this long after their last change.{' '}
              {policyRetentionHours === undefined ? 'The default is 24 hours.' : 'Your organisation’s policy sets this period, so it cannot be changed here.'}
            </p>
            <input id="retention" type="text" inputMode="numeric" aria-describedby="retention-hint" readOnly={policyRetentionHours !== undefined} value={hours} onInput={(e) => setHours(e.currentTarget.value)} />
          </div>
          <AuditIdsFields clinicianId={clinicianId} teamId={teamId} policyTeamId={policyTeamId} onClinician={setClinicianId} onTeam={setTeamId} />
          <button type="submit" class="button">Save settings</button>
          <p role="status" class={message?.ok === false ? 'notice notice--warning' : 'notice'} hidden={!message}>{message?.text}</p>
        </form>
        <SitesSection />
        <PacksSection api={packs} />
        <DeleteAllData onDelete={onDeleteAll} />
      </main>
    </div>
  );
}
