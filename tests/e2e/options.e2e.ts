import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { readTables } from './support/database';
import { sidebarSteps } from './support/sidebar';

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
    await page.getByText('Enter a whole number of hours from 1 to 720.').waitFor();
    await hours.fill('8');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('deleted 8 hours after').waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Keep session drafts for (hours)' }).inputValue()).toBe('8');
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
    await Promise.all([ehr.close(), page.close()]);
  });
});
