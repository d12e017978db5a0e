import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './support/axe';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { readAuditEvents, readTables } from './support/database';
import { sidebarSteps } from './support/sidebar';

// Issue 16 end to end: the clinician records the person's own equality answers, hands the screen
// to the person for feedback, and the team lead sees the "Equality and feedback" section with
// small numbers hidden.
const SHOTS = resolve(import.meta.dirname, '../../demo-output');
const OWN_WORDS = 'Only my sister knows about the voices — Zq7 clinical marker';
const LABEL = 'JM feedback visit';

let coplan: Coplan;
let feedback: Page;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe('equality data and the person’s feedback', () => {
  it('records the person’s own equality answers as codes only', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start(LABEL);
    await steps.mark('Faith', 'Explored');
    await sidebar.getByRole('textbox', { name: 'In their own words' }).fill(OWN_WORDS);
    await sidebar.getByRole('checkbox', { name: 'Interpreter used' }).check();
    await sidebar.getByRole('combobox', { name: 'Ethnic group' }).selectOption({ label: 'Black or Black British: African' });
    await sidebar.getByRole('combobox', { name: 'Religion or belief' }).selectOption({ label: 'Prefer not to say' });
    // The database lives on the extension's origin: read it from an extension page.
    const extension = await coplan.context.newPage();
    await extension.goto(`chrome-extension://${coplan.id}/dashboard.html`);
    await expect.poll(async () => (await readAuditEvents(extension)).filter((e) => e.type === 'equality-recorded').at(-1)?.answers).toEqual({ ethnicity: 'N', religion: 'prefer-not-to-say' });

    await extension.close();
    const [opened] = await Promise.all([coplan.context.waitForEvent('page'), sidebar.getByRole('button', { name: 'Feedback from the person' }).click()]);
    feedback = opened;
    await feedback.getByRole('heading', { name: 'How did today’s conversation feel?' }).waitFor();
  });

  it('hands over a clean page: nothing of the session in its DOM, no serious accessibility problems', async () => {
    await feedback.setViewportSize({ width: 1280, height: 720 });
    const html = await feedback.content();
    for (const clinical of [OWN_WORDS, 'Zq7', LABEL, 'Faith']) expect(html).not.toContain(clinical);
    expect(await seriousAxeProblems(feedback)).toEqual([]);
    await feedback.screenshot({ path: resolve(SHOTS, 'feedback-page.png') });
  });

  it('sends feedback anonymously, by keyboard and pointer, and clears the page', async () => {
    await feedback.getByRole('radio', { name: 'I am a carer, family member or friend' }).check();
    await feedback.getByRole('group', { name: 'I felt listened to.' }).getByRole('radio', { name: 'Strongly agree' }).check();
    const respected = feedback.getByRole('group', { name: 'My culture, faith and identity were respected.' });
    await respected.getByRole('radio', { name: 'Disagree', exact: true }).focus();
    await feedback.keyboard.press('Space');
    await feedback.getByRole('group', { name: 'I would feel able to raise a concern.' }).getByRole('radio', { name: 'Prefer not to say' }).check();
    await feedback.getByRole('combobox', { name: 'Ethnic group' }).selectOption({ label: 'Black or Black British: African' });
    await feedback.getByRole('button', { name: 'Send feedback' }).click();
    await feedback.getByRole('heading', { name: 'Thank you' }).waitFor();
    // Nothing the clinician could read back: no answers on screen, no form left.
    expect(await feedback.getByRole('radio').count()).toBe(0);
    expect(await feedback.content()).not.toContain('Strongly agree');

    const { feedback: rows = [] } = await readTables(feedback, ['feedback']);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(Object.keys(row).sort()).toEqual(['carer', 'equality', 'framework', 'id', 'scores', 'team', 'training', 'week']);
    expect(row).toMatchObject({ carer: 1, training: 0, equality: ['ethnicity', 'N'], scores: ['listened', 5, 'respected', 2, 'concern', 0] });
    expect(String(row.week)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${String(row.week)}T12:00:00Z`).getUTCDay()).toBe(1);
    expect(JSON.stringify(row)).not.toMatch(/session|clinician|Zq7/i);
  });

  it('shows the team lead the equality section with small numbers hidden', async () => {
    const dashboard = await coplan.context.newPage();
    await dashboard.goto(`chrome-extension://${coplan.id}/dashboard.html`);
    const section = dashboard.getByRole('region', { name: 'Equality and feedback' });
    await section.waitFor();
    const sessions = section.getByRole('table', { name: /^Sessions by broad ethnic group/ });
    await expect.poll(() => sessions.getByRole('row', { name: /^Black or Black British/ }).textContent()).toContain('*');
    const answers = section.getByRole('table', { name: /^Feedback from people and carers/ });
    expect(await answers.getByRole('row', { name: /^Black or Black British/ }).textContent()).toContain('*');
    // One session and one response: every count in the tables is hidden or 0, never the 1.
    for (const table of [sessions, answers]) {
      const cells = await table.locator('td').allTextContents();
      expect(cells.filter((c) => /^[1-7]\b/.test(c))).toEqual([]);
    }
    await section.screenshot({ path: resolve(SHOTS, 'dashboard-equality.png') });
    expect(await seriousAxeProblems(dashboard)).toEqual([]);
  });

  it('shows the whole page in the person’s language, right to left for Urdu', async () => {
    const urdu = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/language-packs/ur-example.json'), 'utf8'));
    const page = await coplan.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`chrome-extension://${coplan.id}/feedback.html`);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'اردو' });
    await page.getByRole('heading', { level: 1, name: urdu.feedback.phrases.heading }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
    await page.getByRole('group', { name: urdu.feedback.statements.listened }).waitFor();
    await page.getByRole('button', { name: urdu.feedback.phrases.send }).waitFor();
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'feedback-page-urdu.png') });
    await page.close();
  });

  it('asks a trust pack’s own statements in place of the framework’s, and counts them apart', async () => {
    const HEARD = 'Staff listened to what I had to say about my care.';
    const pack = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/packs/good/riverside-trust.json'), 'utf8'));
    const withStatements = { ...pack, feedbackStatements: [{ id: 'riverside-heard', text: HEARD }, { id: 'riverside-culture', text: 'My background and beliefs were treated with respect.' }] };
    const options = await coplan.context.newPage();
    await options.goto(`chrome-extension://${coplan.id}/options.html`);
    await options.getByLabel('Import a content pack').setInputFiles({ name: 'riverside.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withStatements)) });
    await options.getByText('Replaces the statements people rate on the feedback page with its own 2 statements.').waitFor();

    const page = await coplan.context.newPage();
    await page.goto(`chrome-extension://${coplan.id}/feedback.html`);
    await page.getByRole('group', { name: HEARD }).getByRole('radio', { name: 'Agree', exact: true }).check();
    expect(await page.getByRole('group', { name: 'I felt listened to.' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    const { feedback: rows = [] } = await readTables(page, ['feedback']);
    expect(rows.map((r) => [r.framework, r.scores])).toContainEqual(['riverside-trust@1.2.0', ['riverside-heard', 4]]);

    await page.goto(`chrome-extension://${coplan.id}/dashboard.html`);
    const answers = page.getByRole('region', { name: 'Equality and feedback' }).getByRole('table', { name: /^Feedback from people and carers/ });
    await answers.getByRole('columnheader', { name: `Agreed: ${HEARD}` }).waitFor();
    expect(await answers.getByRole('columnheader', { name: 'Agreed: I felt listened to.' }).count()).toBe(0);
  });
});
