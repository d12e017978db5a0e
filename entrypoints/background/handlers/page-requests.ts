import { browser } from '#imports';
import { SidebarToPageSchema, receive, type SidebarToPage } from '../../../core/messages';
import { respondWith } from '../../../core/respond';

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** The tab a sidebar works on: the one its frame sits in, or the active tab for the side panel. */
async function targetTab(sender: Sender): Promise<{ id: number; url?: string } | undefined> {
  if (sender.tab?.id !== undefined) return { id: sender.tab.id, url: sender.tab.url };
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active?.id === undefined ? undefined : { id: active.id, url: active.url };
}

/**
 * Passes the sidebar's requests (list fields, highlight, insert) to the content script in the
 * tab's top frame and hands back its reply. Only the extension's own pages may ask.
 */
export function registerPageRequests(): void {
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(respondWith((raw: unknown, sender: Sender) => {
    if (!(raw && typeof raw === 'object' && String((raw as { type?: unknown }).type).startsWith('sidebarToPage.'))) return undefined;
    if (!sender.url?.startsWith(ownOrigin)) {
      console.warn('Coplan dropped a page request that did not come from its own sidebar');
      return undefined;
    }
    const message = receive(SidebarToPageSchema, raw, sender, browser.runtime.id);
    // The demo EHR is an extension page: it answers its sidebar itself, with the same code.
    if (!message || sender.tab?.url?.startsWith(ownOrigin)) return undefined;
    return forward(message, sender);
  }));
}

async function forward(message: SidebarToPage, sender: Sender): Promise<unknown> {
  const tab = await targetTab(sender);
  if (!tab || tab.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
  try {
    return await browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
  } catch {
    return undefined;
  }
}
