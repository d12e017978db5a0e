import { browser } from '#imports';
import type { RawContext } from '../../core/ehr/page-context';
import { pageReplies, type ContentToBackground, type PageContext } from '../../core/messages';

// The few contexts this page has shown lately: the insert's check then finds the keyed context the
// sidebar was given without a round trip, in the same task as the write.
const REMEMBERED = 16;

/**
 * Keys the page's context through the background, which alone holds the key (issue 13). Kept in
 * this content script's memory only; a context the background cannot key is an error, so the
 * sidebar's guard asks and an insert refuses.
 */
export function createContextKeys(): (raw: RawContext) => Promise<PageContext> {
  // Promises, so a context asked for while it is still being keyed (opening the sidebar warms it,
  // then the sidebar asks) waits for that one answer rather than sending a second request.
  const remembered = new Map<string, Promise<PageContext>>();
  return (raw) => {
    const id = JSON.stringify([raw.page, raw.person]);
    const known = remembered.get(id);
    if (known) return known;
    const keyed = (async () => {
      const message: ContentToBackground = { type: 'contentToBackground.keyContext', page: raw.page, ...(raw.person !== undefined ? { person: raw.person } : {}) };
      const reply = pageReplies.context.safeParse(await browser.runtime.sendMessage(message));
      if (!reply.success) throw new Error('Coplan could not key this page’s context');
      return reply.data;
    })();
    remembered.set(id, keyed);
    if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
    // A failure is not remembered: the next ask tries again.
    keyed.catch(() => remembered.get(id) === keyed && remembered.delete(id));
    return keyed;
  };
}
