import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
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
});
