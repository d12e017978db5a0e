import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './support/axe';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { sidebarSteps } from './support/sidebar';

// Issue 14: "Person's copy" opens "My plan" for the person to keep, in English or a language pack.
const OWN_WORDS = 'E2E-OWN-WORDS میں گھر پر رہنا چاہتا ہوں';
const NOTE = 'E2E-CLINICIAN-NOTE';
const CRISIS_REASON = 'E2E-CRISIS my sister can stay';

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe("the person's copy", () => {
  it('opens My plan with their words, the actions and the crisis plan, and none of the prompt wording; prints on A4 in Urdu, right to left', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Copy');
    const faith = sidebar.getByRole('region', { name: /^Faith/ });
    await faith.getByRole('radio', { name: 'Explored' }).first().check();
    await faith.getByRole('textbox', { name: 'Note' }).first().fill(NOTE);
    await sidebar.getByRole('textbox', { name: 'In their own words' }).fill(OWN_WORDS);
    await sidebar.getByRole('textbox', { name: 'Preferred language' }).fill('Urdu');
    await sidebar.getByRole('button', { name: 'Add an action' }).click();
    await sidebar.getByRole('textbox', { name: 'What (action 1)' }).fill('Home treatment team visit');
    await sidebar.getByRole('textbox', { name: 'Who (action 1)' }).fill('Care coordinator');
    await sidebar.getByRole('combobox', { name: 'Home treatment' }).selectOption({ label: 'Preferred' });
    await sidebar.getByRole('textbox', { name: 'Reason (Home treatment)' }).fill(CRISIS_REASON);

    const [copy] = await Promise.all([coplan.context.waitForEvent('page'), sidebar.getByRole('button', { name: "Person's copy" }).click()]);
    await copy.setViewportSize({ width: 1280, height: 720 });
    await copy.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
    const text = (await copy.locator('.my-plan').textContent())!;
    for (const wanted of [OWN_WORDS, 'Home treatment team visit', 'Care coordinator', CRISIS_REASON, 'Your crisis plan', 'Your rights']) expect(text).toContain(wanted);
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain('What part, if any, do faith, spirituality or personal beliefs play in your life?');
    expect(await seriousAxeProblems(copy)).toEqual([]);

    await copy.getByRole('combobox', { name: 'Language of this copy' }).selectOption('ur-example');
    await copy.getByRole('heading', { level: 1, name: 'میرا منصوبہ' }).waitFor();
    expect(await copy.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
    const parts = await copy.locator('.my-plan section').evaluateAll((sections) => sections.map((s) => [s.getAttribute('lang'), s.getAttribute('dir'), getComputedStyle(s.querySelector('h2')!).direction]));
    for (const part of parts) expect(part).toEqual(['ur', 'rtl', 'rtl']);
    expect(await copy.locator('.my-plan__words').evaluate((w) => [w.getAttribute('lang'), w.getAttribute('dir'), getComputedStyle(w).direction])).toEqual(['ur', 'auto', 'ltr']);
    expect(await seriousAxeProblems(copy)).toEqual([]);

    // Print view at A4 width (210 mm at 96 px per inch), large print: nothing wider than its box.
    await copy.getByRole('checkbox', { name: 'Large print' }).check();
    await copy.emulateMedia({ media: 'print' });
    await copy.setViewportSize({ width: 794, height: 1123 });
    expect(await copy.locator('.copy-controls').isVisible()).toBe(false);
    const clipped = await copy.locator('.my-plan *').evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible').length);
    expect(clipped).toBe(0);
    const overflowing = await copy.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(overflowing).toBe(false);
    await copy.screenshot({ path: 'demo-output/e2e-person-copy-urdu-print.png', fullPage: true });
    const pdf = await copy.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await Promise.all([copy.close(), page.close()]);
  });
});
