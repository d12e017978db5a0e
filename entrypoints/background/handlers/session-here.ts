import { browser } from '#imports';
import { openDb } from '../../../core/db';
import { contentToBackground, messageType, receive } from '../../../core/messages';
import { respondWith } from '../../../core/respond';
import { dexieStore } from '../../../core/session/dexie-store';
import { hasSessionHere } from '../../../core/session/resume-here';
import { todaySince } from '../../../core/session/today';
import type { Sender } from '../sidebar-tab';

/**
 * Answers a page that has just reloaded (issue 18, point 2): whether one of today's unfinished
 * sessions began on its record, so Coplan reopens by itself there and nowhere else. The tab is the
 * one the browser names as the sender; the answer is yes or no, never which session.
 */
export function registerSessionHere(): void {
  browser.runtime.onMessage.addListener(
    respondWith((raw: unknown, sender: Sender) => {
      if (messageType(raw) !== 'contentToBackground.sessionHere') return undefined;
      const request = receive(contentToBackground.sessionHere, raw, sender, browser.runtime.id);
      if (!request || sender.tab?.id === undefined) return undefined;
      const here = { ...request.context, tabId: sender.tab.id };
      return dexieStore(openDb())
        .updatedSince(todaySince(Date.now()))
        .then((rows) => ({ open: hasSessionHere(rows, here) }));
    }),
  );
}
