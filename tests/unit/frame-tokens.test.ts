// Issue 17: a sidebar framed in a web page shows a session only with the one-time token Coplan's
// content script was given for that tab, on a site Coplan runs on.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { issueFrameToken, redeemFrameToken } from '../../entrypoints/background/handlers/frame-tokens';

const EHR = 'https://ehr.example.nhs.uk/patients/1';
const sidebarUrl = () => fakeBrowser.runtime.getURL('/sidebar.html');
/** The content script in a tab's top document. */
const content = (tabId = 7, url = EHR) => ({ id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: tabId, url } });
/** Coplan's sidebar frame in that tab. */
const sidebar = (tabId = 7, tabUrl = EHR) => ({ id: fakeBrowser.runtime.id, url: sidebarUrl(), frameId: 4, tab: { id: tabId, url: tabUrl } });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The test build holds permission for the NHS EHR only.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => p.origins?.[0] === 'https://ehr.example.nhs.uk/*');
});

describe('one-time frame tokens', () => {
  it('are given to the top document of a tab on a site Coplan runs on, and to nothing else', async () => {
    expect((await issueFrameToken(content()))?.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await issueFrameToken({ ...content(), frameId: 2 })).toBeUndefined();
    expect(await issueFrameToken(content(7, 'https://elsewhere.example/'))).toBeUndefined();
    expect(await issueFrameToken({ ...content(), url: sidebarUrl() })).toBeUndefined();
    expect(await issueFrameToken({ ...content(), tab: undefined })).toBeUndefined();
  });

  it('let Coplan’s frame in the same tab show itself once', async () => {
    const { token } = (await issueFrameToken(content()))!;
    expect(await redeemFrameToken(token, sidebar())).toBe(true);
    expect(await redeemFrameToken(token, sidebar())).toBe(false);
  });

  it('are never redeemed by another tab, a made-up token, a top-level page, another page or a tab that moved to another site', async () => {
    const tries: [string, (token: string) => Promise<boolean>][] = [
      ['another tab', (token) => redeemFrameToken(token, sidebar(8))],
      ['a made-up token', () => redeemFrameToken('A'.repeat(32), sidebar())],
      ['a sidebar at the top of the tab', (token) => redeemFrameToken(token, { ...sidebar(), frameId: 0 })],
      ['a page that is not Coplan’s', (token) => redeemFrameToken(token, { ...sidebar(), url: 'https://ehr.example.nhs.uk/sidebar.html' })],
      ['a tab now on another site', (token) => redeemFrameToken(token, sidebar(7, 'https://elsewhere.example/'))],
    ];
    for (const [what, attempt] of tries) {
      const { token } = (await issueFrameToken(content()))!;
      expect(await attempt(token), what).toBe(false);
    }
  });

  it('are not spent by a wrong guess, so a page framing the sidebar cannot spoil Coplan’s own frame', async () => {
    const { token } = (await issueFrameToken(content()))!;
    expect(await redeemFrameToken('B'.repeat(32), sidebar())).toBe(false);
    expect(await redeemFrameToken(token, sidebar())).toBe(true);
  });

  it('are replaced by the next one given for the tab', async () => {
    const first = (await issueFrameToken(content()))!.token;
    const second = (await issueFrameToken(content()))!.token;
    expect(second).not.toBe(first);
    expect(await redeemFrameToken(first, sidebar())).toBe(false);
  });
});
