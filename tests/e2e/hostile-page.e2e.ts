import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { sidebarShown } from './support/coplan-controls';
import { sidebarSteps } from './support/sidebar';

const MARKER = 'HOSTILE-MARKER-4482';
let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe('a hostile EHR page', () => {
  it('reads nothing typed in the sidebar, however hard it tries, and cannot drive it', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/hostile.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Hostile');
    await sidebar.getByRole('textbox', { name: 'In their own words' }).fill(MARKER);
    await sidebar.getByRole('textbox', { name: 'Note' }).first().pressSequentially(MARKER);

    // The content script's isolated world never sees the page's attachShadow override, and the
    // root is closed, so a DOM scan finds nothing either (nor does window.frames, which leaves out
    // frames in shadow trees).
    const reach = await page.evaluate(() => (window as unknown as { __attack(): { captured: number; found: number } }).__attack());
    expect(reach).toEqual({ captured: 0, found: 0 });
    await page.waitForTimeout(300);
    const loot = await page.evaluate(() => (window as unknown as { __loot: string[] }).__loot);
    expect(loot.filter((entry) => entry.includes(MARKER))).toEqual([]);
    expect(loot.some((entry) => entry.startsWith('frame-'))).toBe(false);
    expect(loot.some((entry) => entry.startsWith('reply:') && entry.includes('true'))).toBe(false);

    // The floods changed nothing: the sidebar is still open, still working, the field untouched.
    expect(await sidebarShown(page)).toBe(true);
    await steps.mark('Faith', 'Explored');
    expect(await steps.statusIn('Faith', 'Explored')).toBe(true);
    expect(await page.locator('#plan').inputValue()).toBe('');
    expect(coplan.consoleLines.filter((line) => line.includes(MARKER))).toEqual([]);
    await page.close();
  });
});

describe('a site Coplan does not run on', () => {
  it('can frame the sidebar page but sees no session in it', async () => {
    const ehr = await coplan.context.newPage();
    await ehr.goto(coplan.url('ehr/plain.html'));
    const steps = sidebarSteps(await openSidebar(ehr, coplan.id));
    await steps.start('Private label');

    const page = await coplan.context.newPage();
    await page.goto(coplan.url(`ehr/frames-coplan.html?id=${coplan.id}`).replace('127.0.0.1', 'localhost'));
    const framed = page.frameLocator('iframe[title="Framed Coplan"]');
    await framed.getByRole('heading', { name: 'Coplan is not available here' }).waitFor();
    expect(await framed.locator('body').textContent()).not.toContain('Private label');
    expect(await framed.getByRole('radio').count()).toBe(0);
    await Promise.all([ehr.close(), page.close()]);
  });
});
