import { browser } from '#imports';
import type { EhrConnection } from '../../core/ehr/connection';
import type { Binding } from '../../core/session/schema';
import { pageReplies, type SidebarToBackground, type SidebarToPage } from '../../core/messages';

const send = async (message: SidebarToPage | SidebarToBackground): Promise<unknown> => browser.runtime.sendMessage(message);

type Reply<T> = { safeParse(raw: unknown): { success: true; data: T } | { success: false } };
/** A reply that fails or does not parse counts as no answer (for the page, as no page). */
const checked = async <T>(raw: Promise<unknown>, reply: Reply<T>): Promise<T | undefined> => {
  const parsed = reply.safeParse(await raw.catch(() => undefined));
  return parsed.success ? parsed.data : undefined;
};

/** Asks the page through the background. */
const ask = <T>(message: SidebarToPage | SidebarToBackground, reply: Reply<T>): Promise<T | undefined> => checked(send(message), reply);

/** Whose record the page shows, keyed, with the sidebar's tab, from the page's and background's replies. */
export async function contextFrom(pageReply: Promise<unknown>, tabReply: Promise<unknown>): Promise<Binding | undefined> {
  const [page, tab] = await Promise.all([checked(pageReply, pageReplies.context), checked(tabReply, pageReplies.tab)]);
  return page && { ...page, tabId: tab?.tabId };
}

/** Whether the sidebar may show itself here, from embedder.ts's answer or the background's reply to the token. */
export async function allowedFrom(asked: boolean | Promise<unknown>): Promise<boolean> {
  if (typeof asked === 'boolean') return asked;
  return (await checked(asked, pageReplies.allowed))?.allowed ?? false;
}

export const extensionConnection: EhrConnection = {
  listFields: () => ask({ type: 'sidebarToPage.listFields' }, pageReplies.fields),
  async highlight(fieldId) {
    await ask({ type: 'sidebarToPage.highlightField', fieldId }, pageReplies.highlighted);
  },
  context: () => contextFrom(send({ type: 'sidebarToPage.pageContext' }), send({ type: 'sidebarToBackground.whichTab' })),
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
