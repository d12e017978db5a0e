import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { isSidebarUrl } from './support/coplan-controls';
import { panelOver } from './support/side-panel';
import { sidebarSteps } from './support/sidebar';

/**
 * Issue 17: a sidebar framed in a web page shows a session only when Coplan's own content script
 * made the frame, with the one-time token the background gave that tab. A page on a site Coplan
 * runs on that frames sidebar.html itself gets nothing.
 */
let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe('the one-time frame token', () => {
  it.each([
    ['no token', ''],
    ['a made-up token', `#frame=${'A'.repeat(32)}`],
  ])('keeps a session out of a frame an EHR page makes itself, with %s', async (_what, query) => {
    const ehr = await coplan.context.newPage();
    await ehr.goto(coplan.url('ehr/plain.html'));
    await sidebarSteps(await openSidebar(ehr, coplan.id)).start('Private label');

    // 127.0.0.1 is a site the test build runs on: only the token is missing.
    const page = await coplan.context.newPage();
    await page.goto(coplan.url(`ehr/frames-coplan.html?id=${coplan.id}&query=${encodeURIComponent(query)}`));
    const framed = page.frameLocator('iframe[title="Framed Coplan"]');
    await framed.getByRole('heading', { name: 'Coplan is not available here' }).waitFor();
    expect(await framed.locator('body').textContent()).not.toContain('Private label');
    expect(await framed.getByRole('button').count()).toBe(0);
    await page.screenshot({ path: 'demo-output/e2e-frame-token-refused.png' });
    await Promise.all([ehr.close(), page.close()]);
  });

  it('gives the frame a new token when the page removes Coplan and Coplan puts itself back', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/rebuilds.html'));
    await sidebarSteps(await openSidebar(page, coplan.id)).start('Put back');
    await page.evaluate(() => (window as unknown as { __removeCoplan(): void }).__removeCoplan());
    // The frame loads again in its new place, and shows the session, not the refusal. Playwright
    // loses track of a frame moved inside a closed shadow root, so CDP reads it as a target.
    const cdp = await coplan.context.newCDPSession(page);
    const frameTarget = async () => (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'iframe' && isSidebarUrl(t.url));
    await expect.poll(frameTarget).toBeDefined();
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: (await frameTarget())!.targetId, flatten: false });
    const frame = panelOver(cdp, sessionId);
    await frame.until(`document.body.innerText.includes('Working on: Put back')`, 'the session');
    expect(await frame.evaluate<string>('document.body.innerText')).not.toContain('Coplan is not available here');
    await page.screenshot({ path: 'demo-output/e2e-frame-token-remounted.png' });
    await page.close();
  });
});
