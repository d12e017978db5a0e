import { browser } from '#imports';
import { pageReplies } from '../../core/messages';
import { originPattern } from '../../core/sites/origin-pattern';
import { ask } from './ehr-connection';

/** The origin of the page the sidebar is framed in, or undefined when it is not framed. */
function embedderOrigin(): string | undefined {
  if (window.top === window) return undefined;
  // Firefox has no ancestorOrigins; its referrer for a framed page is the embedder's origin at least.
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors?.length) return ancestors[0];
  try {
    return new URL(document.referrer).origin;
  } catch {
    return 'null';
  }
}

/** Whether Coplan holds host permission for a web origin. */
async function holdsPermission(origin: string, pattern: string): Promise<boolean> {
  // Firefox gives an extension frame on a web page only content-script APIs (no `permissions`),
  // so there the background answers (entrypoints/background/handlers/embedder.ts).
  if (!browser.permissions) {
    const reply = await ask({ type: 'sidebarToBackground.embedderAllowed', origin }, pageReplies.allowed);
    return reply?.allowed ?? false;
  }
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/**
 * The sidebar must be loadable on any site an admin may add at run time, so it checks where it
 * is instead: only the side panel, Coplan's own pages, or a site Coplan holds permission for.
 * Anywhere else a page could frame it to show or overlay a clinician's draft.
 */
export async function embedderAllowed(): Promise<boolean> {
  const origin = embedderOrigin();
  if (origin === undefined || origin === location.origin) return true;
  const pattern = originPattern(origin);
  return pattern ? holdsPermission(origin, pattern) : false;
}
