// Issue #18: the summary goes where it belongs. What a first-time clinician tripped on: Coplan's
// own search box offered as an EHR field, a one-line "Code:" box chosen by default, no word of
// which field took the summary, and one summary where the record has a crisis-plan field too.
import type { Frame } from 'playwright-core';
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

const picker = (sidebar: Frame) => sidebar.getByRole('combobox', { name: 'EHR field' });

async function optionNames(sidebar: Frame): Promise<string[]> {
  await expect.poll(() => picker(sidebar).isEnabled()).toBe(true);
  return (await picker(sidebar).locator('option').allTextContents()).map((t) => t.trim());
}

const chosen = (sidebar: Frame) => picker(sidebar).locator('option:checked').textContent();

describe('where the summary goes', () => {
  it('on the demo record: lists no Coplan field, chooses the care plan, and puts the crisis plan into its own field with one undo', async () => {
    const page = await coplan.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`chrome-extension://${coplan.id}/demo.html#/person/jordan-mensah-clarke`);
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Fields');
    await steps.mark('Faith', 'Explored');
    await steps.fillRecord();

    // Only the record's own fields: nothing from Coplan's frame (its search box, its notes).
    expect(await optionNames(sidebar)).toEqual(['Care plan (free text)', 'Crisis plan (controlled)']);
    await expect.poll(() => chosen(sidebar)).toBe('Care plan (free text)');
    const crisisField = sidebar.getByRole('combobox', { name: 'Crisis plan goes into' });
    await expect.poll(async () => crisisField.locator('option:checked').textContent()).toBe('Crisis plan (controlled)');
    expect(await sidebar.getByRole('textbox', { name: 'Summary preview' }).inputValue()).toContain('In other fields of this record\n- Crisis plan');

    await sidebar.getByRole('button', { name: 'Insert into EHR' }).click();
    await sidebar.getByText("Inserted the summary into 'Care plan (free text)' and the crisis plan into 'Crisis plan (controlled)'. Check them there before you save the record.").waitFor();
    const plan = await page.getByLabel('Care plan (free text)').inputValue();
    const crisis = await page.getByLabel('Crisis plan (controlled)').inputValue();
    expect(plan).toContain('Co-produced care plan discussion');
    expect(plan).not.toContain('Home treatment: preferred');
    expect(crisis).toContain('Crisis plan from the co-produced care plan discussion');
    expect(crisis).toContain('Home treatment: preferred by the person — Family can support at home');
    // The controlled field's own state holds it, not only the DOM.
    await page.getByText(`${crisis.length} characters held in the page’s state`).waitFor();
    await sidebar.locator('#summary').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'demo-output/e2e-two-field-insert.png' });

    await sidebar.getByRole('button', { name: 'Undo insert' }).click();
    await sidebar.getByText('The insert was undone; the fields hold what they held before.').waitFor();
    expect(await page.getByLabel('Care plan (free text)').inputValue()).toBe('');
    expect(await page.getByLabel('Crisis plan (controlled)').inputValue()).toBe('');
    await page.close();
  });

  it('on OpenEMR’s care plan form: offers the description, never the one-line Code and Date boxes', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/openemr-like/care-plan-form.html'));
    const sidebar = await openSidebar(page, coplan.id);
    await sidebarSteps(sidebar).start('OpenEMR form');
    expect(await optionNames(sidebar)).toEqual(['Description:']);
    await expect.poll(() => chosen(sidebar)).toBe('Description:');
    await page.close();
  });

  it('asks before putting the summary into a one-line field, and goes ahead only when told', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/openemr-like/main.html?form=lbf-form.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('One line');
    await steps.mark('Faith', 'Explored');
    await expect.poll(() => chosen(sidebar)).toBe('Care plan: (frame: enc)');
    await picker(sidebar).selectOption({ label: 'Mood: (frame: enc) — one line' });
    await sidebar.getByRole('button', { name: 'Insert into EHR' }).click();
    const warning = sidebar.getByRole('alert');
    await warning.getByText("'Mood:' is a one-line field.").waitFor();
    const mood = page.frameLocator('iframe[name="enc"]').locator('#form_mood');
    expect(await mood.inputValue()).toBe('');
    await warning.getByRole('button', { name: 'Insert anyway' }).click();
    await sidebar.getByText("Inserted the summary into 'Mood:'. Check it there before you save the record.").waitFor();
    expect(await mood.inputValue()).toContain('Co-produced care plan discussion');
    await page.close();
  });
});
