import type { SidebarToBackground } from '../../core/messages';

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

/** The one-time token the content script put in the frame's address, taken out of it at once. */
function takeFrameToken(): string | undefined {
  const token = new URLSearchParams(location.hash.slice(1)).get('frame') ?? undefined;
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}

/**
 * Where the sidebar may show itself: the side panel, Coplan's own pages (demo, trainer), or the
 * frame Coplan's content script made in a web page (issue 17). There, the frame must sit straight
 * under the tab's top document, and the background must accept the one-time token it was given
 * for this tab on a site Coplan runs on. A page that frames sidebar.html itself, on any site, has
 * no token, so it gets "Coplan is not available here".
 * Settled here when it can be; otherwise the background's reply to the token, which
 * `allowedByReply` (ehr-connection.ts) checks. No message schemas here: this runs in the sidebar's
 * early script (first-asks.ts), which must stay small.
 */
export function askEmbedder(send: (message: SidebarToBackground) => Promise<unknown>): boolean | Promise<unknown> {
  const origin = embedderOrigin();
  const token = takeFrameToken();
  if (origin === undefined || origin === location.origin) return true;
  if (window.parent !== window.top || !token) return false;
  return send({ type: 'sidebarToBackground.redeemFrameToken', token });
}
