import { browser } from '#imports';
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/sidebar/sidebar.css';
import { openDb } from '../../core/db';
import builtInSectionIds from 'virtual:coplan/guidance-ids';
import { importLanguagePack, listLanguagePacks, removeLanguagePack } from '../../core/copy/language-pack-store';
import { builtInFramework } from '../../core/framework/builtin';
import { createPacksApi } from '../../core/packs/api';
import { deleteAllData } from '../../core/privacy/delete-all';
import { loadPolicyCopy } from '../../core/storage/policy-copy-item';
import { loadSettings, settingsItem } from '../../core/storage/settings-item';
import { clearTrustedStore } from '../../core/storage/trusted-store';

async function deleteEverything(): Promise<void> {
  await deleteAllData(openDb());
  await clearTrustedStore();
  await browser.storage.local.clear();
}

// The built-in sections load only when a pack changes, to index them with the pack's.
const packs = createPacksApi(openDb(), { framework: builtInFramework, sectionIds: new Set(builtInSectionIds) }, () =>
  import('virtual:coplan/guidance').then((module) => module.default),
);

const db = openDb();
const languagePacks = { list: () => listLanguagePacks(db), importFile: (file: File) => importLanguagePack(db, file), remove: (id: string) => removeLanguagePack(db, id) };

void Promise.all([loadSettings(), loadPolicyCopy()]).then(([settings, policy]) =>
  render(
    <OptionsApp
      settings={settings}
      onSave={(next) => settingsItem.setValue(next)}
      onDeleteAll={deleteEverything}
      packs={packs}
      languagePacks={languagePacks}
      policyRetentionHours={policy.retentionHours}
      policyTeamId={policy.teamId}
    />,
    document.getElementById('app')!,
  ),
);
