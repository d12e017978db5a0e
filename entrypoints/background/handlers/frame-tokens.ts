import { browser } from '#imports';
import { contentToBackground, messageType, receive, sidebarToBackground } from '../../../core/messages';
import { respondWith } from '../../../core/respond';
import { originPattern } from '../../../core/sites/origin-pattern';
import { fromOwnPage, isOwnPage, type Sender } from '../sidebar-tab';

/** A runtime sender, with the frame it wrote from (0 is the tab's top document). */
type FrameSender = Sender & { frameId?: number };

/** What a tab's content script was given: the token, for the page it was given on. */
interface Issued {
  token: string;
  origin: string;
}

// In session storage: it outlives the service worker being stopped, never reaches the disk, and a
// content script cannot read it (session storage is for trusted contexts only by default).
const keyFor = (tabId: number) => `frameToken:${tabId}`;

/** 24 random bytes as base64url: 32 characters, as the message schema expects. */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
}

/** The page's origin when Coplan holds host permission for it; otherwise undefined. */
async function allowedOrigin(url: string | undefined): Promise<string | undefined> {
  if (!url || !URL.canParse(url)) return undefined;
  const { origin } = new URL(url);
  const pattern = originPattern(origin);
  if (!pattern) return undefined;
  return (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) ? origin : undefined;
}

/** The content script in a tab's top document, on a site Coplan runs on, gets a new token for its frame. */
export async function issueFrameToken(sender: FrameSender): Promise<{ token: string } | undefined> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || isOwnPage(sender.url)) return undefined;
  const origin = await allowedOrigin(sender.url);
  if (!origin) return undefined;
  const issued: Issued = { token: newToken(), origin };
  await browser.storage.session.set({ [keyFor(tabId)]: issued });
  return { token: issued.token };
}

/**
 * Whether a sidebar frame may show itself: it is Coplan's own page, framed in the tab the token
 * was given for, that tab is still on the same site and Coplan still runs there, and the token is
 * the one given. A token works once. A wrong one spends nothing: a page framing sidebar.html with
 * guesses (192 random bits) cannot spoil the token of Coplan's own frame.
 */
export async function redeemFrameToken(token: string, sender: FrameSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !fromOwnPage(sender) || sender.frameId === 0) return false;
  const key = keyFor(tabId);
  const issued = (await browser.storage.session.get(key))[key] as Issued | undefined;
  if (issued?.token !== token) return false;
  await browser.storage.session.remove(key);
  return (await allowedOrigin(sender.tab?.url)) === issued.origin;
}

// One at a time, so two frames cannot both redeem the same token between its read and its removal.
let queue: Promise<unknown> = Promise.resolve();
const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
};

/**
 * One-time frame tokens (issue 17): a sidebar framed in a web page shows a session only when
 * Coplan's own content script put it there. A page that frames sidebar.html itself, on any site,
 * has no token and sees "Coplan is not available here".
 */
export function registerFrameTokens(): void {
  browser.runtime.onMessage.addListener(respondWith((raw: unknown, sender: FrameSender) => {
    const type = messageType(raw);
    if (type === 'contentToBackground.frameToken') {
      if (!receive(contentToBackground.frameToken, raw, sender, browser.runtime.id)) return undefined;
      return inTurn(() => issueFrameToken(sender)).then((reply) => reply ?? {});
    }
    if (type === 'sidebarToBackground.redeemFrameToken') {
      const request = receive(sidebarToBackground.redeemFrameToken, raw, sender, browser.runtime.id);
      if (!request) return undefined;
      return inTurn(() => redeemFrameToken(request.token, sender)).then((allowed) => ({ allowed }), () => ({ allowed: false }));
    }
    return undefined;
  }));
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(keyFor(tabId)).catch(() => undefined));
}
