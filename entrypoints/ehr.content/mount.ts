import { browser } from '#imports';
import { BackgroundToContentSchema, messageType, pageReplies, receive, sidebarToPageSchemaOf, type ContentToBackground, type ContentToSidebar, type SiteRules } from '../../core/messages';
import { respondWith } from '../../core/respond';
import { createContextKeys } from './context-keys';
import { personRule, preferred, remember } from './site-settings';
import { scanFields } from '../../core/ehr/fields';
import { readRawContext, type PersonContextRule } from '../../core/ehr/page-context';
import { DEFAULT_PLACEMENT } from '../../core/placement';
import { fieldConcealment } from '../../core/ehr/visibility';
import { createPageFields } from './features/page-fields';
import { reopenAfterReload } from './features/reopen';
import { mountSidebarFrame, type SidebarFrame } from './features/sidebar-frame';
import { watchRecord } from './features/watch-record';
import { savePlacement } from './placement-item';

interface Sender {
  id?: string;
  tab?: { id?: number };
}

/** The sidebar's address with the token the background gives this tab's top document, if it gives one. */
export async function tokenFrameUrl(): Promise<string> {
  const request: ContentToBackground = { type: 'contentToBackground.frameToken' };
  const reply = pageReplies.frameToken.safeParse(await browser.runtime.sendMessage(request).catch(() => undefined));
  const token = reply.success ? reply.data.token : undefined;
  // Without a token the sidebar shows only "Coplan is not available here".
  return browser.runtime.getURL('/sidebar.html') + (token ? `#frame=${token}` : '');
}

/**
 * Mounts the launcher and frame, answers the keyboard shortcut and the sidebar's requests. The
 * demo page calls this too, so a trainer's demonstration runs the same path as a real EHR.
 * `fromSidebar` says which senders may make requests: the background for an EHR page, the
 * demo's own sidebar frame for the demo.
 */
export function mountCoplan(
  doc: Document,
  signal: AbortSignal,
  fromSidebar: (sender: Sender) => boolean,
  /**
   * The sidebar frame's address. The EHR page's takes a one-time token from the background (issue
   * 17); the demo, an extension page, passes its own with `?mode=training…`.
   */
  frameUrl: () => Promise<string> = tokenFrameUrl,
  /**
   * The site's rules and the sidebar's placement as the background gave them as the page loaded,
   * one question for all that the page needs at once (issue 20); undefined if it did not answer.
   */
  rules: SiteRules | undefined,
  /** False when policy keeps Coplan in the browser's side panel: nothing of Coplan's goes into the page (issue 17). */
  inPage = true,
): SidebarFrame | undefined {
  const keyContext = createContextKeys();
  // Each time the frame loads, the page's context is keyed while the sidebar's scripts load, so
  // its first question (whose record is this?) is answered from memory, not after two more round
  // trips through the background. The rule read then answers that first question only; later
  // ones, and every insert's check, read it afresh.
  let openingRule: Promise<PersonContextRule | undefined> | undefined;
  const warmContext = () => {
    const rule = (openingRule = personRule());
    void rule.then((r) => keyContext(readRawContext(doc, r))).catch(() => undefined);
  };
  const contextRule = () => {
    const rule = openingRule?.catch(() => personRule()) ?? personRule();
    openingRule = undefined;
    return rule;
  };
  // The first frame's address, with its one-time token, is asked for as Coplan mounts, so opening
  // the sidebar on a page just loaded sets it at once rather than after a round trip through the
  // background (issue 20). Later frames ask afresh: the background keeps one token per tab, so one
  // asked ahead for them could replace a token a frame has still to hand in.
  let firstFrameUrl = inPage ? frameUrl() : undefined;
  // The fields there when the sidebar opens: one added later may be a decoy, so it is never pre-selected.
  let known: WeakSet<HTMLElement> | undefined;
  const frame = inPage
    ? mountSidebarFrame(doc, {
        onOpen: () => (known = new WeakSet(scanFields(doc).elements.values())),
        frameUrl: () => {
          warmContext();
          const url = firstFrameUrl ?? frameUrl();
          firstFrameUrl = undefined;
          return url;
        },
        placement: rules?.placement ?? DEFAULT_PLACEMENT,
        onPlacement: (placement) => void savePlacement(placement),
        signal,
      })
    : undefined;
  const fields = createPageFields(doc, signal, {
    keyContext,
    personRule,
    contextRule,
    preferred,
    remember,
    // With no panel in the page, only the side panel can ask for an insert (and skips this check).
    obscured: () => (frame ? frame.obscured() : 'transparent'),
    concealed: fieldConcealment,
    known: () => known,
  });
  // Without its rule (the background did not answer) the page is watched by address only, and a
  // reload reopens nothing: a context keyed without the person matches no session bound to one.
  const rule = rules?.personRule;
  const changed: ContentToSidebar = { type: 'contentToSidebar.recordChanged' };
  watchRecord(doc, signal, rule, () => void browser.runtime.sendMessage(changed).catch(() => undefined));
  // With no panel in the page (policy), there is nothing to reopen here.
  if (frame) void reopenAfterReload(doc, rule, keyContext, frame.open).catch((error: unknown) => console.warn('Coplan could not check for a session to reopen', error));

  const onSidebar = respondWith((raw: unknown, sender: Sender) => {
    if (!messageType(raw).startsWith('sidebarToPage.') || !fromSidebar(sender)) return undefined;
    const request = receive(sidebarToPageSchemaOf(raw), raw, sender, browser.runtime.id);
    if (!request) return undefined;
    if (request.type === 'sidebarToPage.closeSidebar') return Promise.resolve(frame?.close());
    return fields(request);
  });
  const onBackground = (raw: unknown, sender: Sender) => {
    if (!messageType(raw).startsWith('backgroundToContent.')) return;
    if (receive(BackgroundToContentSchema(), raw, sender, browser.runtime.id)) frame?.toggle();
  };
  browser.runtime.onMessage.addListener(onSidebar);
  browser.runtime.onMessage.addListener(onBackground);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onSidebar);
    browser.runtime.onMessage.removeListener(onBackground);
  });
  return frame;
}
