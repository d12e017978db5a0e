import { browser } from '#imports';
import type { BackgroundToContent } from '../../core/messages';

/** The keyboard shortcut toggles the sidebar in the active tab's top frame. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: BackgroundToContent = { type: 'backgroundToContent.toggleSidebar' };
    // A tab where Coplan is not mounted has no listener; that is not an error.
    await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });
}
