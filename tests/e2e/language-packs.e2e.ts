import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './support/axe';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { readTables } from './support/database';
import { sidebarSteps } from './support/sidebar';

// Issue 14: a trust imports its own, signed-off language pack for the person's copy on the
// options page; a bad file is refused whole with a clear message and nothing is stored.
const FIXTURES = resolve(import.meta.dirname, '../fixtures/language-packs');

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe("a trust's language pack", () => {
  it('refuses a bad pack with a clear message and stores nothing, then imports a good one that the person’s copy offers', async () => {
    const options = await coplan.context.newPage();
    await options.setViewportSize({ width: 1280, height: 720 });
    await options.goto(`chrome-extension://${coplan.id}/options.html`);
    const section = options.getByRole('region', { name: 'Language packs for the person’s copy' });
    await section.getByLabel('Import a language pack').setInputFiles(resolve(FIXTURES, 'bad-pl-trust.json'));
    const alert = section.getByRole('alert');
    await alert.getByText('Coplan did not import “bad-pl-trust.json”, and nothing was changed.').waitFor();
    const problems = (await alert.textContent())!;
    for (const wanted of ['lang: must be a BCP 47 language tag', 'phrases.crisisHeading: is missing', 'phrases.title: must be plain text']) expect(problems).toContain(wanted);
    expect((await readTables(options, ['languagePacks'])).languagePacks).toEqual([]);
    await alert.scrollIntoViewIfNeeded();
    await options.screenshot({ path: 'demo-output/e2e-language-pack-refused.png' });
    expect(await seriousAxeProblems(options)).toEqual([]);

    await section.getByLabel('Import a language pack').setInputFiles(resolve(FIXTURES, 'pl-trust.json'));
    await section.getByRole('status').getByText(/^Imported the Polish language pack “pl-example-trust” version 1\.0\.0/).waitFor();
    await section.getByText(/reviewed by Interpreting and translation lead \(fictional\) on 2026-11-30/).waitFor();

    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    await sidebarSteps(sidebar).start('Trust pack');
    await sidebar.getByRole('textbox', { name: 'In their own words' }).fill('Chcę zostać w domu.');
    const [copy] = await Promise.all([coplan.context.waitForEvent('page'), sidebar.getByRole('button', { name: "Person's copy" }).click()]);
    const language = copy.getByRole('combobox', { name: 'Language of this copy' });
    await language.waitFor();
    // The trust's signed-off Polish takes the place of the example Polish, with no "example" mark.
    const offered = await language.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(offered.map(([value]) => value)).toEqual(['en', 'ur-example', 'pl-example-trust']);
    expect(offered.find(([value]) => value === 'pl-example-trust')![1]).not.toContain('example');
    await language.selectOption('pl-example-trust');
    await expect.poll(() => copy.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['pl', 'ltr']);
    await copy.getByRole('heading', { level: 1, name: 'Mój plan' }).waitFor();
    await copy.close();
    await page.close();

    await section.getByRole('button', { name: 'Remove the language pack pl-example-trust' }).click();
    await section.getByText('Removed the Polish language pack “pl-example-trust”.').waitFor();
    expect((await readTables(options, ['languagePacks'])).languagePacks).toEqual([]);
    await options.close();
  });
});
