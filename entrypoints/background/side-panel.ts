import { browser } from '#imports';

interface ChromeSidePanel {
  setPanelBehavior(behaviour: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

/**
 * The toolbar button opens the same sidebar app beside the page: Chrome's side panel, or
 * Firefox's sidebar (`sidebar_action`), which has no "open on click" setting of its own.
 */
export function registerSidePanel(): void {
  const { sidePanel, sidebarAction } = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
  if (sidePanel) {
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) =>
      console.warn('Coplan could not set the side panel behaviour', error),
    );
  } else if (sidebarAction) {
    // Firefox allows toggle() only inside the click's user action, so it is called at once.
    browser.action.onClicked.addListener(() => void sidebarAction.toggle().catch((error: unknown) => console.warn('Coplan could not open its sidebar', error)));
  }
}
