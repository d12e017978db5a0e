// Issue #18, "the sidebar in the room": Escape while typing keeps the sidebar open, and focus lands
// on a real control when the sidebar opens and when a session starts or resumes.
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems } from './support/axe';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { countCoplan, sidebarShown } from './support/coplan-controls';
import { sidebarSteps } from './support/sidebar';

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

/** What has focus in the sidebar: its tag and accessible-ish name, or 'BODY'. */
const focused = (sidebar: Frame) =>
  sidebar.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'BODY';
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : el.closest('label')?.textContent;
    return `${el.localName}: ${(el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim()}`;
  });

describe('a calm sidebar', () => {
  it('keeps the sidebar open when Escape is pressed while typing a note, and closes it from elsewhere', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Esc');
    const ownWords = sidebar.getByRole('textbox', { name: 'In their own words' });
    await ownWords.fill('Half a sentence');
    await ownWords.press('Escape');
    await page.waitForTimeout(300);
    expect(await sidebarShown(page)).toBe(true);
    expect(await ownWords.inputValue()).toBe('Half a sentence');
    expect(await focused(sidebar)).toBe('textarea: In their own words');
    // From a button, Escape still closes the sidebar, and focus goes back to the launcher.
    await sidebar.getByRole('button', { name: 'All sessions' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => countCoplan(page, 'button', 'Open Coplan')).toBe(1);
    await page.close();
  });

  it('puts focus on a real control when the sidebar opens, and on the first prompt when a session starts or resumes', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    let sidebar = await openSidebar(page, coplan.id);
    const leave = sidebar.getByRole('button', { name: 'All sessions' });
    if (await leave.isVisible()) await leave.click();
    await expect.poll(() => focused(sidebar)).toBe('input: Session label');
    await page.keyboard.type('Focus');
    await page.keyboard.press('Enter');
    await sidebar.getByText('Session: Focus').waitFor();
    await expect.poll(() => focused(sidebar)).toMatch(/^input: Open/);

    await sidebar.getByRole('button', { name: 'All sessions' }).click();
    await sidebar.getByRole('button', { name: 'Continue Focus' }).click();
    await sidebar.getByText('Session: Focus').waitFor();
    await expect.poll(() => focused(sidebar)).toMatch(/^input: Open/);

    // After a reload, opening the sidebar on the open session lands on the first prompt too.
    await page.reload();
    sidebar = await openSidebar(page, coplan.id);
    await expect.poll(() => focused(sidebar)).not.toBe('BODY');
    await page.close();
  });

  it('shows each status in its own colour, per-domain progress, and a suggestion when a search finds nothing (screenshots at 1400×900 and 1280×720)', async () => {
    const page = await coplan.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Looks');
    const own = sidebar.getByRole('region', { name: /^The person/ });
    await own.getByRole('radio', { name: 'Explored' }).first().check();
    await own.getByRole('radio', { name: 'Declined' }).nth(1).check();
    await own.getByRole('radio', { name: 'Revisit' }).nth(2).check();
    await own.getByRole('heading', { level: 2 }).getByText(/^1 of \d+ explored$/).waitFor();
    // Checked pills differ in colour; "Open" chosen is left unfilled.
    const fill = (status: string, nth: number) =>
      own.getByRole('radio', { name: status }).nth(nth).evaluate((input) => getComputedStyle(input.nextElementSibling!).backgroundColor);
    const fills = [await fill('Explored', 0), await fill('Declined', 1), await fill('Revisit', 2), await fill('Open', 3)];
    expect(new Set(fills).size).toBe(4);
    await page.screenshot({ path: 'demo-output/e2e-sidebar-1400x900.png' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: 'demo-output/e2e-sidebar-1280x720.png' });

    await sidebar.getByRole('searchbox', { name: 'Search guidance' }).fill('zzqx');
    await sidebar.getByText('0 results for “zzqx”. Try fewer or other words', { exact: false }).waitFor();
    await page.close();
  });

  it('puts the question first: 17 px questions, header and jump bar one line each at 1280×720, headings clear of the bar, intros folded once seen, axe clean (screenshots)', async () => {
    const page = await coplan.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(coplan.url('ehr/plain.html'));
    let sidebar = await openSidebar(page, coplan.id);
    await sidebarSteps(sidebar).start('Question first');
    // Chromium's 75% body font for extension pages no longer shrinks the sidebar's text.
    expect(await sidebar.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('16px');
    const question = await sidebar.locator('.prompt__question').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(question).toBeGreaterThanOrEqual(16);
    expect(question).toBeLessThanOrEqual(18);
    // One line each: every item shares the first item's line.
    const oneLine = (selector: string) =>
      sidebar.locator(selector).evaluate((bar) => {
        const boxes = [...bar.children].map((c) => c.getBoundingClientRect());
        return boxes.every((b) => b.top < boxes[0]!.bottom && b.bottom > boxes[0]!.top);
      });
    expect(await oneLine('header.app__header')).toBe(true);
    expect(await oneLine('nav.jump')).toBe(true);
    await sidebar.getByText(/^0 of \d+ explored$/).first().waitFor();
    await sidebar.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'demo-output/e2e-question-first-1280x720.png' });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.screenshot({ path: 'demo-output/e2e-question-first-1400x900.png' });
    await page.setViewportSize({ width: 1280, height: 720 });

    // A jump lands the heading below the sticky bar, not under it.
    await sidebar.getByRole('link', { name: 'Co-production record' }).click();
    const below = async () => {
      const bar = await sidebar.locator('.top').evaluate((el) => el.getBoundingClientRect().bottom);
      const heading = await sidebar.getByRole('heading', { name: 'Co-production record' }).evaluate((el) => el.getBoundingClientRect().top);
      return heading >= bar && heading < bar + 80;
    };
    await expect.poll(below).toBe(true);
    await page.screenshot({ path: 'demo-output/e2e-record-1280x720.png' });

    // axe: nothing serious or critical, and no content outside a landmark.
    await sidebar.evaluate(() => window.scrollTo(0, 0));
    const problems = await axeProblems(sidebar, ['critical', 'serious', 'moderate']);
    expect(problems.filter((p) => p.impact !== 'moderate' || p.id === 'region')).toEqual([]);

    // A domain's introduction, once on screen, is folded under "About this area" in the next sidebar
    // (a domain no other test here scrolls to, since what was seen is kept for the browser profile).
    const practical = () => sidebar.getByRole('region', { name: /^Practical life/ });
    await practical().getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
    expect(await practical().locator('p.domain__summary').isVisible()).toBe(true);
    expect(await practical().locator('details.domain__intro').count()).toBe(0);
    await page.waitForTimeout(500);
    await page.reload();
    sidebar = await openSidebar(page, coplan.id);
    const about = practical().locator('details.domain__intro');
    await about.waitFor({ state: 'attached' });
    await practical().getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
    expect(await about.locator('p.domain__summary').isVisible()).toBe(false);
    await about.getByText('About this area').click();
    expect(await about.locator('p.domain__summary').isVisible()).toBe(true);
    await page.close();
  });
});
