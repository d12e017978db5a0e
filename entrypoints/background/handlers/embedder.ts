import { browser } from '#imports';
import { messageType, receive, sidebarToBackground } from '../../../core/messages';
import { respondWith } from '../../../core/respond';
import { originPattern } from '../../../core/sites/origin-pattern';
import { fromOwnPage, type Sender } from '../sidebar-tab';

/**
 * Answers a sidebar frame that cannot ask itself (Firefox gives extension frames on web pages no
 * permissions API) whether Coplan holds host permission for the page framing it.
 */
export function registerEmbedderCheck(): void {
  browser.runtime.onMessage.addListener(respondWith((raw: unknown, sender: Sender) => {
    if (messageType(raw) !== 'sidebarToBackground.embedderAllowed' || !fromOwnPage(sender)) return undefined;
    const question = receive(sidebarToBackground.embedderAllowed, raw, sender, browser.runtime.id);
    if (!question) return undefined;
    const pattern = originPattern(question.origin);
    if (!pattern) return Promise.resolve({ allowed: false });
    return browser.permissions
      .contains({ origins: [pattern] })
      .then((allowed) => ({ allowed }), () => ({ allowed: false }));
  }));
}
