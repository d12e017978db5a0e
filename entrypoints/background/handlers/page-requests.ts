import { browser } from '#imports';
import { messageType, receive, sidebarToPageSchemaOf, type SidebarToPage } from '../../../core/messages';
import { respondWith } from '../../../core/respond';
import { fromOwnPage, isOwnPage, sidebarTab, type Sender } from '../sidebar-tab';

/**
 * Passes the sidebar's requests (list fields, highlight, insert) to the content script in the
 * tab's top frame and hands back its reply. Only the extension's own pages may ask.
 */
export function registerPageRequests(): void {
  browser.runtime.onMessage.addListener(respondWith((raw: unknown, sender: Sender) => {
    if (!messageType(raw).startsWith('sidebarToPage.')) return undefined;
    if (!fromOwnPage(sender)) {
      console.warn('Coplan dropped a page request that did not come from its own sidebar');
      return undefined;
    }
    const message = receive(sidebarToPageSchemaOf(raw), raw, sender, browser.runtime.id);
    // The demo EHR is an extension page: it answers its sidebar itself, with the same code.
    if (!message || isOwnPage(sender.tab?.url)) return undefined;
    return forward(message, sender);
  }));
}

async function forward(message: SidebarToPage, sender: Sender): Promise<unknown> {
  const tab = await sidebarTab(sender);
  if (!tab || isOwnPage(tab.url)) return undefined;
  // An insert goes only into the tab it was checked in: the side panel's tab is whichever is active now.
  if (message.type === 'sidebarToPage.insertSummary' && message.context.tabId !== undefined && message.context.tabId !== tab.id) {
    return { ok: false, reason: 'context-changed' };
  }
  // Only the side panel has no tab of its own; whatever the sidebar said, this decides.
  const sent = message.type === 'sidebarToPage.insertSummary' ? { ...message, fromSidePanel: sender.tab?.id === undefined } : message;
  try {
    return await browser.tabs.sendMessage(tab.id, sent, { frameId: 0 });
  } catch {
    return undefined;
  }
}
