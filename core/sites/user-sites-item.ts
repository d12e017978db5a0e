import { storage } from '#imports';
import { SitePatternSchema } from './patterns';

/** Sites a clinician or local admin added on the options page, each with its host permission. */
export const userSitesItem = storage.defineItem<unknown>('local:userSites', { fallback: [], version: 1 });

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
