import { browser } from '#imports';

interface ChromeSidePanel {
  setPanelBehavior(behaviour: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { windowId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

const panels = () => browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
const warn = (error: unknown) => console.warn('Coplan could not open its sidebar', error);

/**
 * The toolbar button opens the same sidebar app beside the page: Chrome's side panel, or
 * Firefox's sidebar (`sidebar_action`), which has no "open on click" setting of its own.
 */
export function registerSidePanel(): void {
  const { sidePanel, sidebarAction } = panels();
  if (sidePanel) {
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) =>
      console.warn('Coplan could not set the side panel behaviour', error),
    );
  } else if (sidebarAction) {
    browser.action.onClicked.addListener(() => openBrowserPanel(browser.windows.WINDOW_ID_CURRENT));
  }
}

/**
 * Opens the browser's own panel in a window: Chrome's side panel, or toggles Firefox's sidebar.
 * Both browsers allow it only inside the user's action (a click, a keyboard shortcut), so callers
 * call this at once in their listener, before any await.
 */
export function openBrowserPanel(windowId: number): void {
  const { sidePanel, sidebarAction } = panels();
  if (sidePanel) void sidePanel.open({ windowId }).catch(warn);
  else if (sidebarAction) void sidebarAction.toggle().catch(warn);
}
