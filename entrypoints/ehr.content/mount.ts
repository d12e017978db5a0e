import { browser } from '#imports';
import { BackgroundToContentSchema, receive } from '../../core/messages';
import { mountSidebarFrame, type SidebarFrame } from './features/sidebar-frame';
import { loadPlacement, placementItem } from './placement-item';

/**
 * Mounts the launcher and frame and answers the keyboard shortcut. The demo page calls this too,
 * so a trainer's demonstration runs the same path as a real EHR page.
 */
export async function mountCoplan(doc: Document, signal: AbortSignal): Promise<SidebarFrame> {
  const frame = mountSidebarFrame(doc, {
    frameUrl: browser.runtime.getURL('/sidebar.html'),
    placement: await loadPlacement(),
    onPlacement: (placement) => void placementItem.setValue(placement),
    signal,
  });
  const onMessage = (raw: unknown, sender: { id?: string }) => {
    const message = receive(BackgroundToContentSchema, raw, sender, browser.runtime.id);
    if (message?.type === 'backgroundToContent.toggleSidebar') frame.toggle();
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  return frame;
}
