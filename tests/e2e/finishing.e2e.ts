// Issue #18, "finishing is unmistakable": the check before finishing comes into view with focus;
// finishing says when and where the summary went, locks the session and clears stale messages;
// "Reopen" unlocks it and is recorded as an id-only usage event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { readAuditEvents } from './support/database';
import { sidebarSteps } from './support/sidebar';

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe('finishing a session', () => {
  it('brings the open-domains check into view, then finishing locks the session, names the field, and Reopen unlocks it', async () => {
    const page = await coplan.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Finishing');
    await steps.mark('Faith', 'Explored');
    const ownWords = sidebar.getByRole('textbox', { name: 'In their own words' });
    await ownWords.fill('Stay near my family');
    await steps.insertInto('Care plan');
    await sidebar.getByRole('button', { name: 'Copy summary' }).click();
    const copyMessage = sidebar.getByText(/^(Copied to the clipboard\.|Copying was blocked)/);
    await copyMessage.waitFor();

    await sidebar.getByRole('button', { name: 'Finish session' }).click();
    const check = sidebar.getByRole('alert').filter({ hasText: 'These domains are still open' });
    await check.waitFor();
    // In view and focused, not below the fold.
    await expect.poll(() => check.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => check.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
    await page.screenshot({ path: 'demo-output/e2e-finish-check-1280x720.png' });

    await check.getByRole('button', { name: 'Finish anyway' }).click();
    const finished = sidebar.getByText(/^Finished at \d\d:\d\d; inserted into 'Care plan'\.$/);
    await finished.waitFor();
    await expect.poll(() => finished.evaluate((el) => el.closest('.finished') === document.activeElement)).toBe(true);
    await page.screenshot({ path: 'demo-output/e2e-finished-1280x720.png' });
    // Locked: statuses, words, notes and actions read-only; stale messages gone.
    const faith = sidebar.getByRole('region', { name: /^Faith/ });
    expect(await faith.getByRole('radio', { name: 'Explored' }).first().isDisabled()).toBe(true);
    expect(await faith.getByRole('textbox', { name: 'Note' }).first().isEditable()).toBe(false);
    expect(await ownWords.isEditable()).toBe(false);
    expect(await sidebar.getByRole('button', { name: 'Add an action' }).isDisabled()).toBe(true);
    expect(await copyMessage.count()).toBe(0);
    expect(await sidebar.getByText(/^Inserted the summary into/).count()).toBe(0);
    expect(await ownWords.inputValue()).toBe('Stay near my family');

    await sidebar.getByRole('button', { name: 'Reopen' }).click();
    await finished.waitFor({ state: 'detached' });
    expect(await faith.getByRole('radio', { name: 'Explored' }).first().isDisabled()).toBe(false);
    await ownWords.fill('Stay near my family, and my dog');
    expect(await ownWords.inputValue()).toBe('Stay near my family, and my dog');

    const extension = await coplan.context.newPage();
    await extension.goto(`chrome-extension://${coplan.id}/dashboard.html`);
    const reopened = async () => (await readAuditEvents(extension)).filter((e) => e.type === 'session-reopened');
    await expect.poll(async () => (await reopened()).length).toBe(1);
    // Ids only: nothing typed and no field label goes into the usage record.
    const [event] = await reopened();
    expect(Object.keys(event!).sort()).toEqual(['at', 'clinician', 'frameworkId', 'frameworkVersion', 'id', 'origin', 'sessionId', 'team', 'training', 'type']);
    expect(JSON.stringify(await readAuditEvents(extension))).not.toMatch(/Care plan|my family/);
    await extension.close();
    await page.close();
  });
});
