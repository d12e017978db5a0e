import { defineTrustedItem } from '../storage/trusted-store';
import { SitePatternSchema } from './patterns';

/**
 * Sites a clinician or local admin added on the options page, each with its host permission; in the
 * trusted store, where no content script can add a site (H-33).
 */
export const userSitesItem = defineTrustedItem<unknown>('userSites', []);

/** The stored patterns that still parse; a damaged entry is dropped with a warning, not trusted. */
export async function loadUserSites(): Promise<string[]> {
  const raw = await userSitesItem.getValue();
  const list = Array.isArray(raw) ? raw : [];
  if (!Array.isArray(raw)) console.warn('Coplan: stored sites are not a list; ignored', raw);
  return [
    ...new Set(
      list.flatMap((entry) => {
        const parsed = SitePatternSchema.safeParse(entry);
        if (!parsed.success) console.warn('Coplan: ignored a stored site that is not a match pattern', entry);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
  ];
}
