import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { clickCoplan, isSidebarUrl } from './support/coplan-controls';
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

  it('shows only the refusal when the page puts Coplan back itself, and a new token when the clinician opens it again', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    await sidebarSteps(await openSidebar(page, coplan.id)).start('Replayed label');
    // The page takes Coplan out and puts it straight back: the browser reloads the frame with the
    // address, and so the token, it had already spent.
    await page.evaluate(() => {
      const host = document.querySelector('coplan-sidebar')!;
      host.remove();
      document.documentElement.append(host);
    });
    const refused = await sidebarShowing(page, 'Coplan is not available here');
    expect(await refused.locator('body').textContent()).not.toContain('Replayed label');
    expect(await refused.getByRole('button').count()).toBe(0);
    await page.screenshot({ path: 'demo-output/e2e-frame-token-replayed.png' });

    // The clinician closes Coplan and opens it again: a new token, and their session is back.
    await clickCoplan(page, 'button', 'Close Coplan');
    await clickCoplan(page, 'button', 'Open Coplan');
    const reopened = await sidebarShowing(page, 'Replayed label');
    expect(await reopened.getByRole('heading', { name: 'Coplan is not available here' }).count()).toBe(0);
    await page.screenshot({ path: 'demo-output/e2e-frame-token-reopened.png' });
    await page.close();
  });

  it('gives the frame a new token when the page removes Coplan and Coplan puts itself back', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/rebuilds.html'));
    await sidebarSteps(await openSidebar(page, coplan.id)).start('Put back');
    await page.evaluate(() => (window as unknown as { __removeCoplan(): void }).__removeCoplan());
    // Coplan puts itself back and hands its frame a new token: the session shows, not the refusal.
    const frame = await sidebarShowing(page, 'Put back');
    expect(await frame.getByRole('heading', { name: 'Coplan is not available here' }).count()).toBe(0);
    await page.close();
  });
});

/**
 * The sidebar frame of the page once it shows the text. Read through Playwright's frames (the
 * frame tree reaches inside the closed shadow root), asking each sidebar frame in turn: a frame the
 * page has just detached answers with an error, taken as "not yet".
 */
async function sidebarShowing(page: Page, text: string): Promise<Frame> {
  let seen: string[] = [];
  const showing = async () => {
    seen = [];
    for (const frame of page.frames().filter((f) => isSidebarUrl(f.url()))) {
      const body = await frame.locator('body').innerText({ timeout: 1_000 }).catch(() => '');
      if (body.includes(text)) return frame;
      seen.push(body.slice(0, 4000));
    }
    return undefined;
  };
  await expect
    .poll(showing, { timeout: 20_000 })
    .toBeDefined()
    .catch(async () => {
      await page.screenshot({ path: 'demo-output/e2e-frame-token-failed.png' });
      const frames = page.frames().map((f) => f.url());
      const hosts = await page.evaluate(() => [document.querySelectorAll('coplan-sidebar').length, (window as unknown as { __remounts?: number }).__remounts]);
      throw new Error(`No sidebar frame showed '${text}'; they showed ${JSON.stringify(seen)}; frames ${JSON.stringify(frames)}; hosts, re-mounts ${JSON.stringify(hosts)}`);
    });
  return (await showing())!;
}
