// Issue 13: the right person's words, on the right record. The person's own words are the markers:
// wherever they show up, that person's session has been disclosed there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { sidebarSteps } from './support/sidebar';

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe('The insert check where the write happens (H-01)', () => {
  it('writes nothing when the page opens another record as the field takes focus, and says why', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/swap-on-focus.html?patient=DEMO-301'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Swap on focus');
    await sidebar.getByRole('textbox', { name: 'In their own words' }).fill('marker-swap-301 wants to stay near family');
    await sidebar.getByRole('button', { name: 'Find fields again' }).click();
    await sidebar.getByRole('combobox', { name: 'EHR field' }).selectOption({ label: 'Care plan' });
    await sidebar.getByRole('button', { name: 'Insert into EHR' }).click();
    await sidebar.getByText('The page changed to another record, or could not be read, just before the insert, so nothing was written.').waitFor();
    expect(await page.locator('#plan').inputValue()).toBe('');
    expect(await page.locator('#person-number').textContent()).toBe('DEMO-302');
    await page.screenshot({ path: 'demo-output/e2e-insert-refused.png' });

    // Asked again, the sidebar now sees the other record and warns before anything is written.
    await sidebar.getByRole('button', { name: 'Insert into EHR' }).click();
    await sidebar.getByRole('alert').getByText('Check whose record this is before inserting.').waitFor();
    expect(await page.locator('#plan').inputValue()).toBe('');
    await page.close();
  });
});
