import { browser } from '#imports';
import { BackgroundToContentSchema, receive } from '../../core/messages';
import { registerPageFields } from './features/page-fields';
import { mountSidebarFrame, type SidebarFrame } from './features/sidebar-frame';
import { loadPlacement, placementItem } from './placement-item';

interface Sender {
  id?: string;
  tab?: { id?: number };
}

/**
 * Mounts the launcher and frame, answers the keyboard shortcut and the sidebar's field requests.
 * The demo page calls this too, so a trainer's demonstration runs the same path as a real EHR.
 * `fromSidebar` says which senders may ask about fields: the background for an EHR page, the
 * demo's own sidebar frame for the demo.
 */
export async function mountCoplan(doc: Document, signal: AbortSignal, fromSidebar: (sender: Sender) => boolean): Promise<SidebarFrame> {
  const frame = mountSidebarFrame(doc, {
    frameUrl: browser.runtime.getURL('/sidebar.html'),
    placement: await loadPlacement(),
    onPlacement: (placement) => void placementItem.setValue(placement),
    signal,
  });
  registerPageFields(doc, signal, fromSidebar);
  const onMessage = (raw: unknown, sender: Sender) => {
    if (!(raw && typeof raw === 'object' && String((raw as { type?: unknown }).type).startsWith('backgroundToContent.'))) return;
    const message = receive(BackgroundToContentSchema, raw, sender, browser.runtime.id);
    if (message?.type === 'backgroundToContent.toggleSidebar') frame.toggle();
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  return frame;
}
