import { useEffect, useMemo } from 'preact/hooks';
import { extensionSitesBackend } from '../../../core/sites/extension-backend';
import { createSitesModel, type SitesBackend } from '../../../core/sites/sites-model';
import { AddSiteForm } from './AddSiteForm';
import { SiteList } from './SiteList';
import './sites.css';

/** Where Coplan runs: built-in, policy and added sites in one list, and "Add site" when policy allows it. */
export function SitesSection({ backend = extensionSitesBackend }: { backend?: SitesBackend }) {
  const model = useMemo(() => createSitesModel(backend), [backend]);
  useEffect(() => model.connect(), [model]);
  const notice = model.notice.value;
  return (
    <section aria-labelledby="sites-h" class="field">
      <h2 id="sites-h">Sites Coplan runs on</h2>
      <p>Coplan shows its launcher only on the EHR sites listed here.</p>
      <SiteList sites={model.sites.value} onAllow={(p) => void model.allow(p)} onRemove={(p) => void model.remove(p)} />
      {model.allowUserSites.value ? (
        <AddSiteForm onAdd={model.add} suggestion={model.suggestion.value} />
      ) : (
        <p class="notice">Your organisation manages the sites Coplan runs on, so sites cannot be added here. Ask your IT team to add one.</p>
      )}
      <p role="status" class={notice?.ok === false ? 'notice notice--warning' : 'notice'} hidden={!notice}>{notice?.text}</p>
    </section>
  );
}
