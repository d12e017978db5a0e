import { browser } from '#imports';
import { keyContext } from '../../../core/ehr/page-context';
import { contentToBackground, messageType, receive } from '../../../core/messages';
import { respondWith } from '../../../core/respond';
import { keyed } from '../context-key';
import type { Sender } from '../sidebar-tab';

/**
 * Keys what a content script read of its page (address, person) with the context key, which only
 * the background holds (issue 13). The answer is hashes only; the clear text is not kept.
 */
export function registerContextKeys(): void {
  // The salt earlier versions kept in storage.local, where a content script could read it.
  void browser.storage.local.remove('contextSalt').catch(() => undefined);
  browser.runtime.onMessage.addListener(respondWith((raw: unknown, sender: Sender) => {
    if (messageType(raw) !== 'contentToBackground.keyContext') return undefined;
    const request = receive(contentToBackground.keyContext, raw, sender, browser.runtime.id);
    if (!request) return undefined;
    return keyContext(request.person === undefined ? { page: request.page } : { page: request.page, person: request.person }, keyed);
  }));
}
