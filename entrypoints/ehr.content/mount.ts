import { browser } from '#imports';
import { BackgroundToContentSchema, SidebarToPageSchema, messageType, receive, type ContentToSidebar } from '../../core/messages';
import { respondWith } from '../../core/respond';
import { createContextKeys } from './context-keys';
import { personRule, preferred, remember } from './site-settings';
import { scanFields } from '../../core/ehr/fields';
import { fieldConcealment } from '../../core/ehr/visibility';
import { createPageFields } from './features/page-fields';
import { reopenAfterReload } from './features/reopen';
import { mountSidebarFrame, type SidebarFrame } from './features/sidebar-frame';
import { watchRecord } from './features/watch-record';
import { loadPlacement, placementItem } from './placement-item';

interface Sender {
  id?: string;
  tab?: { id?: number };
}

/**
 * Mounts the launcher and frame, answers the keyboard shortcut and the sidebar's requests. The
 * demo page calls this too, so a trainer's demonstration runs the same path as a real EHR.
 * `fromSidebar` says which senders may make requests: the background for an EHR page, the
 * demo's own sidebar frame for the demo.
 */
export async function mountCoplan(
  doc: Document,
  signal: AbortSignal,
  fromSidebar: (sender: Sender) => boolean,
  /** The demo passes `?mode=training…` so its sessions are flagged as training. */
  frameQuery = '',
): Promise<SidebarFrame> {
  // The fields there when the sidebar opens: one added later may be a decoy, so it is never pre-selected.
  let known: WeakSet<HTMLElement> | undefined;
  const frame = mountSidebarFrame(doc, {
    onOpen: () => (known = new WeakSet(scanFields(doc).elements.values())),
    frameUrl: browser.runtime.getURL('/sidebar.html') + frameQuery,
    placement: await loadPlacement(),
    onPlacement: (placement) => void placementItem.setValue(placement),
    signal,
  });
  const keyContext = createContextKeys();
  const fields = createPageFields(doc, signal, {
    keyContext,
    personRule,
    preferred,
    remember,
    obscured: () => frame.obscured(),
    concealed: fieldConcealment,
    known: () => known,
  });
  // Without its rule (the background did not answer) the page is watched by address only, and a
  // reload reopens nothing: a context keyed without the person matches no session bound to one.
  void personRule()
    .catch(() => undefined)
    .then((rule) => {
      const changed: ContentToSidebar = { type: 'contentToSidebar.recordChanged' };
      watchRecord(doc, signal, rule, () => void browser.runtime.sendMessage(changed).catch(() => undefined));
      return reopenAfterReload(doc, rule, keyContext, frame.open);
    })
    .catch((error: unknown) => console.warn('Coplan could not check for a session to reopen', error));

  const onSidebar = respondWith((raw: unknown, sender: Sender) => {
    if (!messageType(raw).startsWith('sidebarToPage.') || !fromSidebar(sender)) return undefined;
    const request = receive(SidebarToPageSchema, raw, sender, browser.runtime.id);
    if (!request) return undefined;
    if (request.type === 'sidebarToPage.closeSidebar') return Promise.resolve(frame.close());
    return fields(request);
  });
  const onBackground = (raw: unknown, sender: Sender) => {
    if (!messageType(raw).startsWith('backgroundToContent.')) return;
    if (receive(BackgroundToContentSchema, raw, sender, browser.runtime.id)) frame.toggle();
  };
  browser.runtime.onMessage.addListener(onSidebar);
  browser.runtime.onMessage.addListener(onBackground);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onSidebar);
    browser.runtime.onMessage.removeListener(onBackground);
  });
  return frame;
}
