import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { countCoplan } from './support/coplan-controls';
import { everything, sidebarSteps } from './support/sidebar';

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe('EHR integration', () => {
  it('puts the session away when the page moves to another record in place, and brings it back on return', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/react-like.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Guarded');
    await sidebar.getByRole('textbox', { name: 'In their own words' }).fill('marker-guarded-1 cooks for the family');

    // The EHR moves to another record in place, as a single-page app does, while the sidebar stays
    // open: the sidebar notices at once (issue 13) rather than only at the next insert.
    await page.evaluate(() => history.pushState(null, '', '?record=2'));
    await sidebar.getByText('This page shows another record now, so “Guarded” was put away. It is in today’s sessions below.').waitFor();
    expect(await everything(sidebar)).not.toContain('marker-guarded-1');
    await page.screenshot({ path: 'demo-output/e2e-wrong-patient-put-away.png' });

    // Back on the record it began on: the session returns, and inserts without a warning.
    await page.evaluate(() => history.back());
    await sidebar.getByText('Session: Guarded').waitFor();
    await steps.insertInto('Care plan (React)');
    expect(await sidebar.getByRole('alert').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __reactState(): string }).__reactState())).toContain('marker-guarded-1');
    await page.close();
  });

  it('undoes the last insert while the field still holds it', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    await page.locator('#plan').fill('Kept text.');
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Undo');
    await steps.mark('Faith', 'Explored');
    await steps.insertInto('Care plan');
    expect(await page.locator('#plan').inputValue()).toContain('Co-produced care plan discussion');
    await sidebar.getByRole('button', { name: 'Undo insert' }).click();
    await sidebar.getByText('The insert was undone').waitFor();
    expect(await page.locator('#plan').inputValue()).toBe('Kept text.');
    await page.close();
  });

  // H-12: undo must never take away what someone wrote after the insert.
  /** A summary inserted after `text` in the plain page's care-plan field, by a session with that label. */
  async function insertedAfter(text: string, label: string) {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const field = page.getByRole('textbox', { name: 'Care plan' });
    await field.fill(text);
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start(label);
    await steps.mark('Faith', 'Explored');
    await steps.insertInto('Care plan');
    return { page, field, sidebar };
  }

  it('leaves the field alone when the clinician has typed in it since the insert, and says so', async () => {
    const { page, field, sidebar } = await insertedAfter('Kept text.', 'Edited after');

    // The clinician goes back to the record and adds a line of their own under the summary.
    await field.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nSeen with interpreter; plan agreed.');
    const edited = await field.inputValue();
    expect(edited).toMatch(/^Kept text\.\n\nCo-produced care plan discussion[\s\S]*\nSeen with interpreter; plan agreed\.$/);

    await sidebar.getByRole('button', { name: 'Undo insert' }).click();
    const status = sidebar.getByRole('status').filter({ hasText: 'Coplan left it alone' });
    await status.waitFor();
    expect(await status.textContent()).toBe('The field has changed since, so Coplan left it alone.');
    expect(await field.inputValue()).toBe(edited);
    // Nothing is left to press that could try again.
    expect(await sidebar.getByRole('button', { name: 'Undo insert' }).count()).toBe(0);
    await page.close();
  });

  it('leaves the field alone when the page has changed it since the insert, and says so', async () => {
    const { page, field, sidebar } = await insertedAfter('Kept text.', 'Page changed');

    // The EHR's own script stamps the note, as a draft save might.
    await page.evaluate(() => {
      const plan = document.getElementById('plan') as HTMLTextAreaElement;
      plan.value += '\n[Draft saved 10:42]';
      plan.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const stamped = await field.inputValue();

    await sidebar.getByRole('button', { name: 'Undo insert' }).click();
    await sidebar.getByRole('status').filter({ hasText: 'The field has changed since, so Coplan left it alone.' }).waitFor();
    expect(await field.inputValue()).toBe(stamped);
    expect(stamped).toContain('Co-produced care plan discussion');
    expect(await sidebar.getByRole('button', { name: 'Undo insert' }).count()).toBe(0);
    await page.close();
  });

  it('leaves a rich-text editor alone when the clinician has typed in it since the insert, and says so', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/editor.html'));
    const model = () => page.evaluate(() => (window as unknown as { __editorModel(): string }).__editorModel());
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Editor edited');
    await steps.mark('Faith', 'Explored');
    await steps.insertInto('Care plan editor');
    expect(await model()).toMatch(/^Earlier entry by a fictional clinician\.\nCo-produced care plan discussion/);

    const editor = page.getByRole('textbox', { name: 'Care plan editor' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Reviewed.');
    const edited = await model();
    expect(edited).toMatch(/ Reviewed\.$/);

    await sidebar.getByRole('button', { name: 'Undo insert' }).click();
    await sidebar.getByRole('status').filter({ hasText: 'The field has changed since, so Coplan left it alone.' }).waitFor();
    expect(await model()).toBe(edited);
    expect(await editor.innerText()).toContain('Reviewed.');
    await page.close();
  });

  it('lets the clinician pick the field by clicking it on the page', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/framed.html'));
    const sidebar = await openSidebar(page, coplan.id);
    await sidebarSteps(sidebar).start('Pick');
    await sidebar.getByRole('button', { name: 'Pick on page' }).click();
    const nested = page.frameLocator('iframe[title="Encounter form"]').frameLocator('iframe[title="Nested note"]');
    await nested.getByLabel('Progress note').click();
    const picker = sidebar.getByRole('combobox', { name: 'EHR field' });
    await expect.poll(async () => picker.locator('option:checked').textContent()).toMatch(/^Progress note/);
    await page.close();
  });

  it('mounts itself again when the page removes it, without fighting a page that keeps doing so', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/rebuilds.html'));
    const launchers = () => countCoplan(page, 'button', 'Open Coplan');
    await expect.poll(launchers).toBe(1);
    await page.evaluate(() => (window as unknown as { __replaceBody(): void }).__replaceBody());
    await page.evaluate(() => (window as unknown as { __removeCoplan(): void }).__removeCoplan());
    await expect.poll(launchers).toBe(1);
    await page.evaluate(() => (window as unknown as { __keepRemoving(): void }).__keepRemoving());
    await page.waitForTimeout(500);
    // The first mount, then ten re-mounts a minute at most: after that the page wins, and nothing loops.
    expect(await page.evaluate(() => (window as unknown as { __remounts: number }).__remounts)).toBe(11);
    await page.close();
  });

  it('lists every field on a page with 5,000 inputs, named by their labels', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/many-inputs.html'));
    const sidebar = await openSidebar(page, coplan.id);
    await sidebarSteps(sidebar).start('Many');
    const picker = sidebar.getByRole('combobox', { name: 'EHR field' });
    await expect.poll(() => picker.locator('option').count()).toBe(5001);
    expect(await picker.locator('option').last().textContent()).toBe('Care plan summary');
    await page.close();
  });

  it('pre-selects the field the clinician used last on this site', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/react-like.html'));
    let sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Remembered');
    await steps.mark('Faith', 'Explored');
    await steps.insertInto('Care plan (React)');

    // Another page in between: the session is not shown there (issue 13), only listed.
    await page.goto(coplan.url('ehr/framed.html'));
    sidebar = await openSidebar(page, coplan.id);
    await sidebar.getByRole('button', { name: 'Continue Remembered' }).waitFor();
    await page.goto(coplan.url('ehr/react-like.html'));
    sidebar = await openSidebar(page, coplan.id);
    const picker = sidebar.getByRole('combobox', { name: 'EHR field' });
    await expect.poll(async () => picker.locator('option:checked').textContent()).toBe('Care plan (React)');
    await page.close();
  });
});
