import { browser } from '#imports';

/** The toolbar button opens the same sidebar app in Chrome's side panel. */
export function registerSidePanel(): void {
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) =>
    console.warn('Coplan could not set the side panel behaviour', error),
  );
}
