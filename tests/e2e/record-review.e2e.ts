import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './support/axe';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { sidebarSteps } from './support/sidebar';

// Issue 14 and H-17: a sensitive note reaches the EHR field only after the person's agreement is
// ticked; a declined topic is never named; "Not relevant" is never written as a finding.
const SENSITIVE_MARKER = 'E2E-SENSITIVE-5d8e';
const DECLINED_MARKER = 'E2E-DECLINED-2a7c';

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe('agreeing the record item by item', () => {
  it('puts a sensitive note into the EHR field only after the person agreed, and never a declined topic', async () => {
    const page = await coplan.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Review');
    const prompt = (question: string) => sidebar.getByRole('listitem').filter({ has: sidebar.getByText(question, { exact: false }) }).first();

    const practices = prompt('Is there anything outside health services that helps you heal or cope');
    await practices.getByRole('radio', { name: 'Explored' }).check();
    await practices.getByRole('textbox', { name: 'Note' }).fill(SENSITIVE_MARKER);
    const pronouns = prompt('What name and pronouns would you like us to use');
    await pronouns.getByRole('radio', { name: 'Declined' }).check();
    await pronouns.getByRole('textbox', { name: 'Note' }).fill(DECLINED_MARKER);
    await steps.mark('Identity', 'Not relevant');

    await steps.insertInto('Care plan');
    const field = page.getByRole('textbox', { name: 'Care plan' });
    const first = await field.inputValue();
    expect(first).toContain("Some topics were not discussed, at the person's choice.");
    for (const hidden of [SENSITIVE_MARKER, DECLINED_MARKER, 'What name and pronouns', 'Not relevant']) expect(first).not.toContain(hidden);

    const item = sidebar.locator('.review__item').filter({ hasText: SENSITIVE_MARKER });
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'demo-output/e2e-record-review.png' });
    expect(await seriousAxeProblems(sidebar)).toEqual([]);
    await item.getByRole('checkbox', { name: 'The person agreed this goes in the record' }).check();
    await sidebar.getByRole('checkbox', { name: 'Read back to and agreed with the person' }).check();
    await sidebar.getByRole('radio', { name: 'Replace what the field holds' }).check();
    await sidebar.getByRole('button', { name: 'Insert into EHR' }).click();
    await expect.poll(() => field.inputValue()).toContain(SENSITIVE_MARKER);
    const second = await field.inputValue();
    expect(second).toContain('This summary was read back to the person, who agreed it.');
    expect(second).not.toContain(DECLINED_MARKER);
    await page.close();
  });
});
