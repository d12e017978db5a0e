// Issue 17: only the background says whether an insert came from the browser's own side panel,
// where the page cannot cover what the clinician clicks; the sidebar cannot claim it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerPageRequests } from '../../entrypoints/background/handlers/page-requests';

type Listener = (raw: unknown, sender: unknown, reply: (answer: unknown) => void) => boolean;

const insert = (claim?: boolean) => ({
  type: 'sidebarToPage.insertSummary',
  fieldId: 'f1',
  text: 'Summary',
  mode: 'append',
  context: { pageHash: 'a'.repeat(64), tabId: 7 },
  ...(claim === undefined ? {} : { fromSidePanel: claim }),
});

/** What the content script receives when a sidebar at `sender` asks for an insert. */
async function forwarded(message: unknown, sender: object): Promise<unknown> {
  let listener: Listener | undefined;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => void (listener = l as unknown as Listener));
  const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://ehr.example.nhs.uk/record' }] as never);
  registerPageRequests();
  await new Promise((done) => listener!(message, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidebar.html'), ...sender }, done));
  return sent.mock.calls.at(-1)?.[1];
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('an insert the background passes to the page', () => {
  it('is marked as from the side panel when its sender has no tab', async () => {
    expect(await forwarded(insert(), {})).toMatchObject({ fromSidePanel: true });
  });

  it('is never marked so when it comes from the frame in the page, whatever the sidebar claims', async () => {
    const inPage = { tab: { id: 7, url: 'https://ehr.example.nhs.uk/record' }, frameId: 3 };
    expect(await forwarded(insert(true), inPage)).toMatchObject({ fromSidePanel: false });
    expect(await forwarded(insert(), inPage)).toMatchObject({ fromSidePanel: false });
  });
});
