import { browser } from '#imports';
import type { BackgroundToContent } from '../../core/messages';
import { loadPolicyCopy } from '../../core/storage/policy-copy-item';
import { loadPolicy, watchPolicy } from '../../core/storage/policy-item';
import { openBrowserPanel } from './side-panel';

async function toggleInPage(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: BackgroundToContent = { type: 'backgroundToContent.toggleSidebar' };
  // A tab where Coplan is not mounted has no listener; that is not an error.
  await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
}

/**
 * The keyboard shortcut opens Coplan where the trust's policy puts it (issue 17): the sidebar in
 * the active tab's page, toggled, or with `panel: "side-panel"` the browser's own side panel, as
 * nothing of Coplan's is in the page then. Chrome lets `sidePanel.open` run only in the shortcut's
 * own task, before any await, so the policy's choice is read ahead and kept here; a worker just
 * woken by the shortcut has not read it yet, and then reads it first (Chrome may then refuse the
 * side panel, which is logged: the toolbar button still opens it). Resolves once the policy is read.
 */
export function registerCommands(): Promise<unknown> {
  let sidePanelOnly: boolean | undefined;
  const remember = (policy: Promise<{ panel?: string }>) =>
    policy.then((p) => (sidePanelOnly = p.panel === 'side-panel'), () => (sidePanelOnly = false));
  let ready = remember(loadPolicyCopy());
  // The copy may lag a change; the policy itself is read then.
  watchPolicy(() => void (ready = remember(loadPolicy())));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const windowId = tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT;
    if (sidePanelOnly) return openBrowserPanel(windowId);
    if (sidePanelOnly === false) return void toggleInPage();
    void ready.then((inPanel) => (inPanel ? openBrowserPanel(windowId) : toggleInPage()));
  });
  return ready;
}
