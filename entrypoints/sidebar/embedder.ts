import { browser } from '#imports';

/** The origin of the page the sidebar is framed in, or undefined when it is not framed. */
function embedderOrigin(): string | undefined {
  if (window.top === window) return undefined;
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors?.length) return ancestors[0];
  try {
    return new URL(document.referrer).origin;
  } catch {
    return 'null';
  }
}

/**
 * The sidebar must be loadable on any site an admin may add at run time, so it checks where it
 * is instead: only the side panel, Coplan's own pages, or a site Coplan holds permission for.
 * Anywhere else a page could frame it to show or overlay a clinician's draft.
 */
export async function embedderAllowed(): Promise<boolean> {
  const origin = embedderOrigin();
  if (origin === undefined || origin === location.origin) return true;
  if (!/^https?:\/\/[^/]+$/.test(origin)) return false;
  return browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false);
}
