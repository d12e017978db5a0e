// Issue 20: a page load asks the background one question, whose answer carries the sidebar's
// placement with the site's rules; the content script itself reads no storage (H-33).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerSiteRules } from '../../entrypoints/background/handlers/site-rules';
import { savePlacement } from '../../entrypoints/ehr.content/placement-item';
import { pageReplies } from '../../core/messages';
import { DEFAULT_PLACEMENT, PLACEMENT_KEY } from '../../core/placement';

type Listener = (raw: unknown, sender: unknown, reply: (answer: unknown) => void) => boolean;

async function askRules(): Promise<unknown> {
  let listener: Listener | undefined;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => void (listener = l as unknown as Listener));
  registerSiteRules();
  return new Promise((done) => listener!({ type: 'contentToBackground.siteRules' }, { id: fakeBrowser.runtime.id, url: 'https://ehr.example.nhs.uk/record', tab: { id: 7 } }, done));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the site rules a page asks for as it loads', () => {
  it('carry the placement the clinician last chose, as the reply schema accepts', async () => {
    await savePlacement({ side: 'left', width: 520 });
    const reply = await askRules();
    expect(reply).toMatchObject({ placement: { side: 'left', width: 520 } });
    expect(pageReplies.siteRules.safeParse(reply).success).toBe(true);
  });

  it('carry the default placement when none was chosen or the stored one is damaged', async () => {
    expect(await askRules()).toMatchObject({ placement: DEFAULT_PLACEMENT });
    await fakeBrowser.storage.local.set({ [PLACEMENT_KEY]: { side: 'top', width: 'wide' } });
    expect(await askRules()).toMatchObject({ placement: DEFAULT_PLACEMENT });
  });
});
