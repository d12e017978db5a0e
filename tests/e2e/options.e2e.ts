import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './support/axe';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { readTrustedStore } from './support/content-world';
import { readTables } from './support/database';
import { sidebarSteps } from './support/sidebar';

const SHOTS = resolve(import.meta.dirname, '../../demo-output');

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

/** Rows in every object store of the extension's database. */
async function rowCounts(page: import('playwright-core').Page): Promise<Record<string, number>> {
  return Object.fromEntries(Object.entries(await readTables(page)).map(([store, rows]) => [store, rows.length]));
}

describe('options page', () => {
  it('sets how long drafts are kept, refusing a nonsense value with a clear message', async () => {
    const page = await coplan.context.newPage();
    await page.goto(`chrome-extension://${coplan.id}/options.html`);
    const hours = page.getByRole('textbox', { name: 'Keep session drafts for (hours)' });
    await hours.fill('forever');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Enter how many hours to keep session drafts: a whole number from 1 to 720.').waitFor();
    await hours.fill('8');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('deleted 8 hours after').waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Keep session drafts for (hours)' }).inputValue()).toBe('8');
    await page.close();
  });

  it('shows each error at its field, naming the id, with the ids as placeholders rather than "unassigned"', async () => {
    const page = await coplan.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`chrome-extension://${coplan.id}/options.html`);
    const hours = page.getByRole('textbox', { name: 'Keep session drafts for (hours)' });
    const clinician = page.getByRole('textbox', { name: 'Your pseudonymous clinician id' });
    const team = page.getByRole('textbox', { name: 'Team id' });
    // Nothing to delete before typing: the boxes are empty, with an example as placeholder.
    expect(await clinician.inputValue()).toBe('');
    expect(await team.inputValue()).toBe('');
    expect(await team.getAttribute('placeholder')).toBe('such as team-north');
    // Sized to what they hold: a box for a few digits, not the page's width.
    expect((await hours.boundingBox())!.width).toBeLessThan(160);
    expect((await team.boundingBox())!.width).toBeLessThan(400);

    await hours.fill('0');
    await clinician.fill('Jo Smith');
    await team.fill('team-north');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Not saved: 2 fields need changing, marked above.').waitFor();
    // Focus goes to the first field to change; each message is read with its own field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('retention');
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    expect(await clinician.getAttribute('aria-invalid')).toBe('true');
    expect(await team.getAttribute('aria-invalid')).toBeNull();
    const description = (field: typeof hours) => field.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' '));
    expect(await description(clinician)).toContain('Your clinician id “Jo Smith” may hold only lower-case letters, numbers and single hyphens');
    expect(await description(hours)).toContain('a whole number from 1 to 720');
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'options-errors-1280x720.png') });

    await hours.fill('24');
    await clinician.fill('nurse-17');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved. Session drafts are deleted 24 hours after they were last changed.').waitFor();
    expect(await clinician.getAttribute('aria-invalid')).toBeNull();
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Team id' }).inputValue()).toBe('team-north');
    await page.screenshot({ path: join(SHOTS, 'options-saved-1280x720.png'), fullPage: true });
    await page.close();
  });

  it('deletes all my data: the database is empty afterwards', async () => {
    const ehr = await coplan.context.newPage();
    await ehr.goto(coplan.url('ehr/plain.html'));
    const steps = sidebarSteps(await openSidebar(ehr, coplan.id));
    await steps.start('To delete');
    await steps.mark('Faith', 'Explored');

    const page = await coplan.context.newPage();
    await page.goto(`chrome-extension://${coplan.id}/options.html`);
    expect((await rowCounts(page)).sessions).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('All Coplan data on this device has been deleted.').waitFor();
    expect(Object.values(await rowCounts(page)).every((n) => n === 0)).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get(null))).toEqual({});
    // The settings and sites in the trusted store go too; only the note that old storage was moved stays.
    expect(Object.keys(await readTrustedStore(page))).toEqual(['$migratedFromLocal']);
    await Promise.all([ehr.close(), page.close()]);
  });

  // After "Delete all my data", so no team id is set.
  it('warns before a session starts while no team id is set, and not once one is', async () => {
    const ehr = await coplan.context.newPage();
    await ehr.goto(coplan.url('ehr/plain.html'));
    let sidebar = await openSidebar(ehr, coplan.id);
    const notice = (frame: typeof sidebar) => frame.getByText('No team id is set, so this session’s usage records will say “unassigned” and will not count for your team.');
    await notice(sidebar).waitFor();
    expect(await sidebar.getByRole('link', { name: 'Set your team id in Coplan settings' }).getAttribute('target')).toBe('_blank');
    await ehr.screenshot({ path: join(SHOTS, 'sidebar-no-team-id.png') });

    const options = await coplan.context.newPage();
    await options.goto(`chrome-extension://${coplan.id}/options.html`);
    await options.getByRole('textbox', { name: 'Team id' }).fill('team-north');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText(/^Saved\./).waitFor();

    await ehr.reload();
    sidebar = await openSidebar(ehr, coplan.id);
    await sidebar.getByRole('button', { name: 'Start a new session' }).waitFor();
    // The check loads just after the first render: give it the time it took above before saying it stayed away.
    await ehr.waitForTimeout(1500);
    expect(await notice(sidebar).count()).toBe(0);
    await Promise.all([ehr.close(), options.close()]);
  });
});
