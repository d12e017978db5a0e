// Fixtures modelled on the markup of real open-source EHRs (issue 6): OpenEMR's tabbed layout
// with its care plan form and a layout-based (table) form in the "enc" tab frame, and an
// OpenMRS O3 visit note whose Carbon TextArea is controlled by React. See the comments at the
// top of each fixture for what was looked up and what structure it reproduces.
import type { Frame, Page } from 'playwright-core';
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

async function sessionOn(path: string, label: string): Promise<{ page: Page; sidebar: Frame; steps: ReturnType<typeof sidebarSteps> }> {
  const page = await coplan.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(coplan.url(path));
  const sidebar = await openSidebar(page, coplan.id);
  const steps = sidebarSteps(sidebar);
  await steps.start(label);
  await steps.mark('Faith', 'Explored');
  return { page, sidebar, steps };
}

/** Every name in the sidebar's "EHR field" list, once the scan has found the page's fields. */
async function fieldNames(sidebar: Frame): Promise<string[]> {
  const picker = sidebar.getByRole('combobox', { name: 'EHR field' });
  await sidebar.getByRole('button', { name: 'Find fields again' }).click();
  await expect.poll(() => picker.isEnabled()).toBe(true);
  return (await picker.locator('option').allTextContents()).map((t) => t.trim());
}

const SUMMARY_START = 'Co-produced care plan discussion';

describe('fields in markup modelled on real open-source EHRs', () => {
  it('OpenEMR care plan form in the "enc" tab frame: named by its <label for>, filled in the frame', async () => {
    const { page, sidebar, steps } = await sessionOn('ehr/openemr-like/main.html', 'OpenEMR care plan');
    const names = await fieldNames(sidebar);
    // OpenEMR's tab iframes have a name but no title, so the frame is shown by its name.
    // Only fields that can hold a record entry are offered: not the one-line Code and Date boxes
    // (issue #18), the Type <select>, the hidden inputs, or anything in the hidden "pat" tab.
    expect(names).toEqual(['Description: (frame: enc)']);

    await steps.insertInto('Description: (frame: enc)');
    const enc = page.frameLocator('iframe[name="enc"]');
    const value = await enc.locator('textarea[name="description[]"]').inputValue();
    expect(value.startsWith(SUMMARY_START)).toBe(true);
    // The other controls in the row are untouched.
    expect(await enc.locator('#code_1').inputValue()).toBe('');
    await page.screenshot({ path: 'demo-output/real-ehr-openemr-care-plan.png' });
    await page.close();
  });

  it('OpenEMR layout-based form: label in the previous table cell with no <label for>', async () => {
    const { page, sidebar, steps } = await sessionOn('ehr/openemr-like/main.html?form=lbf-form.html', 'OpenEMR layout form');
    const names = await fieldNames(sidebar);
    // OpenEMR's layout-based forms put the visible label in the td.label_custom before the
    // field's cell, with no <label for>, and give the textarea title="" when the layout field
    // has no description: Coplan names the field from that cell, as the clinician sees it.
    expect(names).toContain('Care plan: (frame: enc)');
    expect(names).toContain('Mood: (frame: enc) — one line');

    await steps.insertInto('Care plan: (frame: enc)');
    const enc = page.frameLocator('iframe[name="enc"]');
    expect((await enc.locator('#form_care_plan').inputValue()).startsWith(SUMMARY_START)).toBe(true);
    expect(await enc.locator('#form_mood').inputValue()).toBe('');
    await page.screenshot({ path: 'demo-output/real-ehr-openemr-layout-form.png' });
    await page.close();
  });

  it('OpenMRS O3 visit note: Carbon TextArea named by its label, and the React form state holds the insert', async () => {
    const { page, sidebar, steps } = await sessionOn('ehr/openmrs-o3-like.html', 'OpenMRS note');
    const names = await fieldNames(sidebar);
    // The Carbon label wins over the column caption "Note" and the placeholder.
    // The diagnosis search (a combobox) is not a place for a record entry (issue #18).
    expect(names).toEqual(['Write your notes']);

    await steps.insertInto('Write your notes');
    const state = await page.evaluate(() => (window as unknown as { __formState(): { clinicalNote: string } }).__formState());
    expect(state.clinicalNote.startsWith(SUMMARY_START)).toBe(true);
    // The DOM shows what the state holds: nothing undid the insert on re-render.
    expect(await page.locator('#additionalNote').inputValue()).toBe(state.clinicalNote);
    await page.screenshot({ path: 'demo-output/real-ehr-openmrs-o3-note.png' });
    await page.close();
  });
});
