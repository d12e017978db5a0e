import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { sidebarShown } from './support/coplan-controls';

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe('guidance in the sidebar', () => {
  it('finds a section from a misspelt search, opens it in place and goes back', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    // Focus now starts in the session label (issue 18), where "/" is typed, not a shortcut.
    await sidebar.getByRole('searchbox', { name: 'Search guidance' }).focus();
    await page.keyboard.type('intepreter');
    const first = sidebar.getByRole('listitem').filter({ has: sidebar.getByRole('button', { name: /interpreter/i }) }).first();
    await expect.poll(() => first.textContent()).toMatch(/Working with interpreters/);
    await first.getByRole('button').click();
    const heading = sidebar.getByRole('heading', { level: 2, name: 'Working with interpreters' });
    await heading.waitFor();
    expect(await sidebar.locator('.section-view__body a[href^="javascript:"]').count()).toBe(0);
    await page.screenshot({ path: 'demo-output/e2e-guidance-section.png' });
    await sidebar.getByRole('button', { name: 'Back to where you were' }).click();
    await expect.poll(() => sidebar.getByRole('searchbox', { name: 'Search guidance' }).inputValue()).toBe('intepreter');
    await page.close();
  });

  it('follows a prompt’s link to its guidance and returns to that prompt', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const language = sidebar.getByRole('region', { name: /^Language and interpreters/ });
    await language.getByText('Why it matters and other ways to ask').first().click();
    const link = language.getByRole('button', { name: 'Working with interpreters' }).first();
    await link.click();
    const heading = sidebar.getByRole('heading', { level: 2, name: 'Working with interpreters' });
    await heading.waitFor();
    // The section takes focus when it opens, so a screen reader starts reading it.
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await sidebarShown(page)).toBe(true);
    await page.close();
  });

  it('made no request outside the test server and the extension', () => {
    expect(coplan.outsideRequests()).toEqual([]);
  });
});
