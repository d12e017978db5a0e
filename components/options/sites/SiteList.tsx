import type { SiteRow } from '../../../core/sites/sites-model';

interface Props {
  sites: SiteRow[];
  onAllow: (pattern: string) => void;
  onRemove: (pattern: string) => void;
}

const FROM = { 'built-in': 'Built in', policy: 'Set by your organisation', user: 'Added by you' } as const;

/** Each site with where it comes from; only sites the user added can be removed here. */
export function SiteList({ sites, onAllow, onRemove }: Props) {
  if (!sites.length) return <p class="field__hint">No sites yet: Coplan runs nowhere until one is added.</p>;
  return (
    <ul class="sites" aria-label="Sites">
      {sites.map((site) => (
        <li key={site.pattern} class="site">
          <code class="site__pattern">{site.pattern}</code>
          <span class="site__from">
            {FROM[site.source]}
            {site.source !== 'user' && <span class="tag site__lock" title="Change it where it was set: the build or your organisation's policy">Locked</span>}
          </span>
          {!site.allowed && (
            <span class="site__blocked">
              Not allowed in this browser yet.{' '}
              <button type="button" class="button button--secondary" aria-label={`Allow Coplan on ${site.pattern}`} onClick={() => onAllow(site.pattern)}>Allow</button>
            </span>
          )}
          {site.source === 'user' && (
            <button type="button" class="button button--secondary" aria-label={`Remove ${site.pattern}`} onClick={() => onRemove(site.pattern)}>Remove</button>
          )}
        </li>
      ))}
    </ul>
  );
}
