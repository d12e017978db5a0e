import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { checkSettingsDraft, draftFromSettings, type SettingsDraft, type SettingsField } from '../../core/settings-form';
import type { PacksApi } from '../../core/packs/api';
import { AuditIdsFields } from './AuditIdsFields';
import { DeleteAllData } from './DeleteAllData';
import { LanguagePacksSection, type LanguagePacksApi } from './packs/LanguagePacksSection';
import { PacksSection } from './packs/PacksSection';
import { SitesSection } from './sites/SitesSection';
import { TextField } from './TextField';
import './options.css';

interface Props {
  settings: Settings;
  onSave: (settings: Settings) => Promise<void>;
  onDeleteAll: () => Promise<void>;
  packs: PacksApi;
  languagePacks: LanguagePacksApi;
  /** Set when the trust's policy fixes the retention period; the field is then read-only. */
  policyRetentionHours?: number;
  policyTeamId?: string;
}

const FIELD_IDS: Record<SettingsField, string> = { retentionHours: 'retention', clinicianId: 'clinician-id', teamId: 'team-id' };

/** Settings a clinician or administrator changes; each says what it is for. */
export function OptionsApp({ settings, onSave, onDeleteAll, packs, languagePacks, policyRetentionHours, policyTeamId }: Props) {
  const [draft, setDraft] = useState<SettingsDraft>(() => ({
    ...draftFromSettings(settings),
    ...(policyRetentionHours === undefined ? {} : { retentionHours: String(policyRetentionHours) }),
  }));
  const [problems, setProblems] = useState<Partial<Record<SettingsField, string>>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const change = (next: Partial<SettingsDraft>) => setDraft({ ...draft, ...next });

  const save = async (event: Event) => {
    event.preventDefault();
    const checked = checkSettingsDraft(draft, settings);
    if (!checked.ok) {
      setProblems(checked.problems);
      const fields = Object.keys(checked.problems) as SettingsField[];
      setMessage({ ok: false, text: `Not saved: ${fields.length === 1 ? 'one field needs' : `${fields.length} fields need`} changing, marked above.` });
      // Take the person to the first field to change, where its message is read out with it.
      form.current?.querySelector<HTMLInputElement>(`#${FIELD_IDS[fields[0]!]}`)?.focus();
      return;
    }
    setProblems({});
    await onSave(checked.settings);
    setMessage({ ok: true, text: `Saved. Session drafts are deleted ${checked.settings.retentionHours} hours after they were last changed.` });
  };

  return (
    <div class="app options">
      <header class="app__header"><h1>Coplan settings</h1></header>
      <main>
        <form ref={form} onSubmit={(e) => void save(e)} noValidate>
          <TextField id="retention" label="Keep session drafts for (hours)" size="short" numeric
            hint={`Drafts hold clinical notes until the summary is in the EHR. They are deleted this long after their last change. ${
              policyRetentionHours === undefined ? 'The default is 24 hours.' : 'Your organisation’s policy sets this period, so it cannot be changed here.'}`}
            readOnly={policyRetentionHours !== undefined} value={draft.retentionHours} error={problems.retentionHours}
            onInput={(retentionHours) => change({ retentionHours })} />
          <AuditIdsFields draft={draft} problems={problems} policyTeamId={policyTeamId} onChange={change} />
          <button type="submit" class="button">Save settings</button>
          <p role="status" class={message?.ok === false ? 'notice notice--warning' : 'notice'} hidden={!message}>{message?.text}</p>
        </form>
        <SitesSection />
        <PacksSection api={packs} />
        <LanguagePacksSection api={languagePacks} />
        <DeleteAllData onDelete={onDeleteAll} />
      </main>
    </div>
  );
}
