import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_DIR, goodPack } from '../fixtures/packs/corpus';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

const RIVERSIDE = 'Riverside Trust local guidance (fictional)';

/** Every row of the pack tables, read from the extension's own database on an extension page. */
async function packRows(page: Page): Promise<unknown[][]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done) => {
      const request = indexedDB.open('coplan');
      request.onsuccess = () => done(request.result);
    });
    const all = (name: string) => new Promise<unknown[]>((done) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => done(request.result as unknown[]);
    });
    const rows = await Promise.all(['packs', 'packSections', 'services'].map(all));
    db.close();
    return rows;
  });
}

async function searchSidebar(page: Page, query: string, title: string) {
  const sidebar = await openSidebar(page, coplan.id);
  await sidebar.getByRole('searchbox', { name: 'Search guidance' }).fill(query);
  await sidebar.getByRole('button', { name: new RegExp(title) }).first().click();
  await sidebar.getByRole('heading', { level: 2, name: title }).waitFor();
  return sidebar;
}

describe('trust content packs', () => {
  it('imports a good pack on the options page and finds its section in the sidebar search', async () => {
    const options = await coplan.context.newPage();
    await options.goto(`chrome-extension://${coplan.id}/options.html`);
    await options.getByLabel('Import a content pack').setInputFiles(goodPack('riverside-trust.json'));
    await options.getByRole('status').filter({ hasText: `Imported “${RIVERSIDE}” version 1.2.0` }).waitFor();
    const listed = options.getByRole('listitem').filter({ hasText: RIVERSIDE });
    expect(await listed.textContent()).toContain('3 guidance sections · 2 services · 1 extra prompt');
    expect(await listed.textContent()).toContain('Replaces 1 built-in guidance section');
    await options.screenshot({ path: 'demo-output/e2e-packs-imported.png', fullPage: true });

    const ehr = await coplan.context.newPage();
    await ehr.goto(coplan.url('ehr/plain.html'));
    await searchSidebar(ehr, 'riverside crisis', 'Crisis alternatives in Riverside');
    await Promise.all([options.close(), ehr.close()]);
  });

  it('shows the pack’s extra prompt and its services in the sidebar in place of the invented examples, beside the national routes', async () => {
    const ehr = await coplan.context.newPage();
    await ehr.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(ehr, coplan.id);
    const language = sidebar.getByRole('region', { name: /^Language and interpreters/ });
    await language.getByText('In which language would you like letters and your care plan written?').first().waitFor();
    const faith = sidebar.getByRole('region', { name: /^Faith, spirituality/ });
    await faith.getByText(/^Local services that can help/).click();
    await faith.getByText('Riverside Gurdwara Welfare Team (fictional)').waitFor();
    const directory = sidebar.getByRole('region', { name: 'Local services' });
    await directory.getByText('Samaritans', { exact: true }).waitFor();
    // Issue 15: the trust's directory replaces the built-in examples whole.
    expect(await directory.getByText('Example service, not real', { exact: true }).count()).toBe(0);
    expect(await directory.getByText('Riverside Interpreting Line (fictional)').count()).toBe(0);
    await directory.getByRole('combobox', { name: 'Faith served' }).selectOption('Sikh');
    await directory.getByText('Riverside Gurdwara Welfare Team (fictional)').waitFor();
    await ehr.close();
  });

  it('refuses a bad pack with a message naming the problem, leaving the installed packs as they were', async () => {
    const options = await coplan.context.newPage();
    await options.goto(`chrome-extension://${coplan.id}/options.html`);
    await options.getByRole('listitem').filter({ hasText: RIVERSIDE }).waitFor();
    const before = await packRows(options);
    await options.getByLabel('Import a content pack').setInputFiles(join(BAD_DIR, 'clashes-with-installed-pack.json'));
    const alert = options.getByRole('alert');
    await alert.filter({ hasText: 'nothing was changed' }).waitFor();
    expect(await alert.textContent()).toContain('sections[0].id: the section id "riverside-crisis-alternatives" already belongs to the installed pack');
    await options.screenshot({ path: 'demo-output/e2e-packs-refused.png', fullPage: true });
    expect(await options.locator('li.pack').count()).toBe(1);
    expect(await packRows(options)).toEqual(before);

    const ehr = await coplan.context.newPage();
    await ehr.goto(coplan.url('ehr/plain.html'));
    await searchSidebar(ehr, 'overseas visitors ward clerk', 'Immigration worries and NHS charging at Riverside');
    await Promise.all([options.close(), ehr.close()]);
  });

  it('says on the pack’s section in the sidebar that it is shown in place of the built-in section', async () => {
    const ehr = await coplan.context.newPage();
    await ehr.goto(coplan.url('ehr/plain.html'));
    const sidebar = await searchSidebar(ehr, 'overseas visitors ward clerk', 'Immigration worries and NHS charging at Riverside');
    expect(await sidebar.locator('.reading .notice').textContent()).toBe(`From the pack “${RIVERSIDE}”, in place of the built-in section.`);
    await ehr.close();
  });

  it('made no request outside the test server and the extension', () => {
    expect(coplan.outsideRequests()).toEqual([]);
  });
});
