import { browser } from '#imports';
import { receive, sidebarToBackground } from '../../../core/messages';
import { respondWith } from '../../../core/respond';

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Tells a sidebar which tab it works on: its frame's tab, or the active tab for the side panel. */
export function registerWhichTab(): void {
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(respondWith((raw: unknown, sender: Sender) => {
    if ((raw as { type?: unknown } | null)?.type !== 'sidebarToBackground.whichTab' || !sender.url?.startsWith(ownOrigin)) return undefined;
    if (!receive(sidebarToBackground.whichTab, raw, sender, browser.runtime.id)) return undefined;
    if (sender.tab?.id !== undefined) return Promise.resolve({ tabId: sender.tab.id });
    return browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => ({ tabId: tab?.id }));
  }));
}
