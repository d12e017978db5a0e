import { browser } from '#imports';
import type { EhrConnection } from '../../core/ehr/connection';
import { pageReplies, type SidebarToBackground, type SidebarToPage } from '../../core/messages';

/** Asks the page through the background; a reply that does not parse counts as no page. */
export async function ask<T>(message: SidebarToPage | SidebarToBackground, reply: { safeParse(raw: unknown): { success: true; data: T } | { success: false } }): Promise<T | undefined> {
  try {
    const parsed = reply.safeParse(await browser.runtime.sendMessage(message));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const extensionConnection: EhrConnection = {
  listFields: () => ask({ type: 'sidebarToPage.listFields' }, pageReplies.fields),
  async highlight(fieldId) {
    await ask({ type: 'sidebarToPage.highlightField', fieldId }, pageReplies.highlighted);
  },
  async context() {
    const [page, tab] = await Promise.all([
      ask({ type: 'sidebarToPage.pageContext' }, pageReplies.context),
      ask({ type: 'sidebarToBackground.whichTab' }, pageReplies.tab),
    ]);
    return page && { ...page, tabId: tab?.tabId };
  },
  pick: () => ask({ type: 'sidebarToPage.pickField' }, pageReplies.picked),
  async undo() {
    return (await ask({ type: 'sidebarToPage.undoInsert' }, pageReplies.undone))?.ok ?? false;
  },
  async close() {
    const message: SidebarToPage = { type: 'sidebarToPage.closeSidebar' };
    await browser.runtime.sendMessage(message).catch(() => undefined);
  },
  async insert(fieldId, text, mode, context, continues) {
    const message: SidebarToPage = { type: 'sidebarToPage.insertSummary', fieldId, text, mode, context, ...(continues ? { continues } : {}) };
    return (await ask(message, pageReplies.inserted)) ?? { ok: false, reason: 'no-page' };
  },
};
