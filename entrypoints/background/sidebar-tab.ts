import { browser } from '#imports';

/** What the background knows about who sent a runtime message. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** Whether an address is one of Coplan's own pages (the sidebar, the demo EHR, …). */
export function isOwnPage(url: string | undefined): boolean {
  return !!url?.startsWith(browser.runtime.getURL('/'));
}

/** Whether a message came from one of Coplan's own pages, not from a content script or the web. */
export function fromOwnPage(sender: Sender): boolean {
  return isOwnPage(sender.url);
}

/** The tab a sidebar works on: the one its frame sits in, or the active tab for the side panel. */
export async function sidebarTab(sender: Sender): Promise<{ id: number; url?: string } | undefined> {
  if (sender.tab?.id !== undefined) return { id: sender.tab.id, url: sender.tab.url };
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active?.id === undefined ? undefined : { id: active.id, url: active.url };
}
