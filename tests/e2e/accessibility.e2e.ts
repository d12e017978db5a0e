import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './support/axe';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { focusedCoplan, sidebarShown } from './support/coplan-controls';
import { sidebarSteps } from './support/sidebar';

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it.each(['light', 'dark'] as const)('finds no serious problems in the sidebar mid-session, %s colour scheme', async (colorScheme) => {
    const page = await coplan.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    expect(await seriousAxeProblems(sidebar)).toEqual([]);
    const steps = sidebarSteps(sidebar);
    await steps.start(`axe ${colorScheme}`);
    await steps.mark('Faith', 'Explored');
    await steps.fillRecord();
    await sidebar.getByRole('checkbox', { name: 'Carer', exact: true }).check();
    await sidebar.getByRole('button', { name: 'Finish session' }).click();
    await sidebar.getByRole('alert').waitFor();
    expect(await seriousAxeProblems(sidebar)).toEqual([]);
    await page.close();
  });

  it.each(['options.html', 'demo.html', 'sidepanel.html'])('finds no serious problems on %s', async (path) => {
    const page = await coplan.context.newPage();
    await page.goto(`chrome-extension://${coplan.id}/${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await seriousAxeProblems(page)).toEqual([]);
    await page.close();
  });

  it('finds no serious problems in the launcher and frame chrome on the EHR page', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    await openSidebar(page, coplan.id);
    const problems = await seriousAxeProblems(page);
    expect(problems.filter((p) => p.targets.some((t) => t.includes('coplan-sidebar')))).toEqual([]);
    await page.close();
  });

  it('moves focus into the sidebar when it opens, and back to the launcher when Escape closes it', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('COPLAN-SIDEBAR');
    // A real control has focus, not the frame's body (issue #18): the session label, or a prompt's status.
    await expect.poll(() => sidebar.evaluate(() => document.activeElement?.id === 'session-label' || document.activeElement?.getAttribute('type') === 'radio')).toBe(true);
    await sidebar.getByRole('link', { name: 'Prompts' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebarShown(page)).toBe(false);
    expect(await focusedCoplan(page)).toBe('Open Coplan');
    await page.close();
  });
});
