import { browser } from '#imports';
import { messageType, receive, sidebarToBackground } from '../../../core/messages';
import { respondWith } from '../../../core/respond';
import { fromOwnPage, sidebarTab, type Sender } from '../sidebar-tab';

/** Tells a sidebar which tab it works on, for the wrong-patient guard. */
export function registerWhichTab(): void {
  browser.runtime.onMessage.addListener(respondWith((raw: unknown, sender: Sender) => {
    if (messageType(raw) !== 'sidebarToBackground.whichTab' || !fromOwnPage(sender)) return undefined;
    if (!receive(sidebarToBackground.whichTab, raw, sender, browser.runtime.id)) return undefined;
    return sidebarTab(sender).then((tab) => ({ tabId: tab?.id }));
  }));
}
