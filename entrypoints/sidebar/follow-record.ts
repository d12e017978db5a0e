import { browser } from '#imports';
import { effect } from '@preact/signals';
import type { EhrConnection } from '../../core/ehr/connection';
import { contentToSidebar, messageType, receive } from '../../core/messages';
import type { SessionModel } from '../../core/models/session-model';

interface Sender {
  id?: string;
  tab?: { id?: number };
}

/**
 * The page beside the sidebar showed another record in place (issue 13): the session's text goes
 * at once and, as for a change of tab, comes back only if the page is its record again. Only the
 * sidebar's own tab counts: every tab's content script can send this.
 */
export function followRecordChanges(model: SessionModel, connection: EhrConnection): void {
  let tabId: number | undefined;
  // Kept through a move, when `here` is unknown for a moment.
  effect(() => {
    const known = model.here.value?.tabId;
    if (known !== undefined) tabId = known;
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    if (messageType(raw) !== 'contentToSidebar.recordChanged') return;
    if (!receive(contentToSidebar.recordChanged, raw, sender, browser.runtime.id)) return;
    if (sender.tab?.id === undefined || sender.tab.id !== tabId) return;
    performance.mark('coplan:record-changed');
    void model.follow(connection.context());
  });
}
