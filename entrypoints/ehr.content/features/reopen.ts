import { browser } from '#imports';
import { readRawContext, type PersonContextRule, type RawContext } from '../../../core/ehr/page-context';
import { pageReplies, type ContentToBackground, type PageContext } from '../../../core/messages';

/**
 * After the clinician reloads the page, opens Coplan again by itself when one of today's
 * unfinished sessions began on this record (issue 18, point 2); beside any other record it stays
 * closed. The background decides from the keyed context and the tab; nothing of the page is kept.
 */
export async function reopenAfterReload(doc: Document, rule: PersonContextRule | undefined, keyContext: (raw: RawContext) => Promise<PageContext>, open: () => void): Promise<void> {
  const [navigation] = doc.defaultView!.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (navigation?.type !== 'reload') return;
  const message: ContentToBackground = { type: 'contentToBackground.sessionHere', context: await keyContext(readRawContext(doc, rule)) };
  const reply = pageReplies.sessionHere.safeParse(await browser.runtime.sendMessage(message));
  if (reply.success && reply.data.open) open();
}
