import { browser } from '#imports';
import type { EhrConnection } from '../../core/ehr/connection';
import type { SessionModel } from '../../core/models/session-model';
import type { Binding } from '../../core/session/schema';
import { takeOutUntilRendered } from './take-out';

// After a navigation the page's content script mounts at document_idle, which can come after the
// tab reports it has loaded: ask again for a second or so before taking "no page" as the answer.
const TRIES = 6;
const PAUSE_MS = 200;

async function contextOnceMounted(connection: EhrConnection): Promise<Binding | undefined> {
  for (let i = 0; i < TRIES; i++) {
    const here = await connection.context();
    if (here) return here;
    await new Promise((done) => setTimeout(done, PAUSE_MS));
  }
  return undefined;
}

/** Whether this sidebar is the browser's own side panel, not a frame on a page or a tab of its own. */
async function isSidePanel(): Promise<boolean> {
  if (window.top !== window) return false;
  return (await browser.tabs.getCurrent().catch(() => undefined)) === undefined;
}

/**
 * The side panel works on whichever tab is active (issue 13): when that changes, by switching
 * tabs or windows or by the tab going to another address, the session's text goes at once and
 * comes back only beside its own record. A frame on a page belongs to its page and never moves.
 */
export async function followActiveTab(model: SessionModel, connection: EhrConnection, root: HTMLElement): Promise<void> {
  if (!(await isSidePanel())) return;
  const follow = (where: () => Promise<Binding | undefined>) => {
    // From here to the DOM without clinical text is what the bench times (tests/bench/panel-follow.ts).
    performance.mark('coplan:tab-changed');
    // The session's text goes first, with the whole rendering taken out of the document at once
    // (take-out.ts); follow() then blanks the session and Preact renders the notice, detached, at
    // the end of this task. The new tab is asked only in a later task, after the rendering is back,
    // as sending its two messages held the panel's main thread for 5 to 13 ms (traced).
    if (model.session.value) takeOutUntilRendered(root);
    void model.follow(new Promise((later) => setTimeout(later)).then(where));
  };
  // Coming back to the browser from another program is no change of record: only another active tab is.
  const followIfMoved = async () => {
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (active?.id !== model.here.value?.tabId) follow(() => connection.context());
  };
  browser.tabs.onActivated.addListener(() => follow(() => connection.context()));
  browser.windows?.onFocusChanged.addListener((windowId) => void (windowId !== browser.windows.WINDOW_ID_NONE && followIfMoved()));
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (tab.active && (change.url !== undefined || change.status === 'loading')) follow(() => contextOnceMounted(connection));
  });
  // A change of tab while the panel was starting came before these listeners: catch up with it.
  await followIfMoved();
}
