import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodPack } from '../fixtures/packs/corpus';
import { seriousAxeProblems } from './support/axe';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { sidebarSteps } from './support/sidebar';

// Issue 15 (H-23, H-24, H-28): what a clinician sees when a safeguarding concern comes up mid-conversation,
// when an unchanged draft will be purged, and the services directory's real and invented entries, on a
// small laptop screen.
let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

const ROUTE = 'Safeguarding or risk concern';
const SAFETY = 'Safety at home and in relationships';

describe('clinical safety controls in the sidebar (issue 15)', () => {
  it('takes the clinician from a prompt to the safeguarding procedure and back, keeping their place and their work', async () => {
    const page = await coplan.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Safeguarding route');
    await steps.mark(SAFETY, 'Explored');
    const safety = sidebar.getByRole('region', { name: new RegExp(`^${SAFETY}`) });
    await safety.scrollIntoViewIfNeeded();

    // The route stays in the sticky jump bar, in view however far down the clinician is.
    const route = sidebar.getByRole('button', { name: ROUTE });
    expect(await route.isVisible()).toBe(true);
    await page.screenshot({ path: 'demo-output/e2e-safeguarding-route-1280x720.png' });
    await route.focus();
    await page.keyboard.press('Enter');

    const heading = sidebar.getByRole('heading', { level: 2, name: 'When the person discloses risk or abuse' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const notice = sidebar.getByRole('note', { name: 'Safeguarding and risk' });
    expect(await notice.textContent()).toContain('Coplan is not a risk assessment.');
    expect(await notice.textContent()).toContain('Your trust has not put its own safeguarding procedure into Coplan');
    await sidebar.getByRole('heading', { name: 'If the person discloses a risk' }).waitFor();
    await page.screenshot({ path: 'demo-output/e2e-safeguarding-procedure-1280x720.png' });
    expect(await seriousAxeProblems(sidebar)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => route.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await steps.statusIn(SAFETY, 'Explored')).toBe(true);
    await page.close();
  });

  it('marks the invented services "Example service, not real" and shows the national routes with their sources', async () => {
    const page = await coplan.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    await sidebar.getByRole('link', { name: 'Local services' }).click();
    const directory = sidebar.getByRole('region', { name: 'Local services' });
    const samaritans = directory.getByRole('listitem').filter({ has: sidebar.getByText('Samaritans', { exact: true }) });
    await samaritans.getByText('Sources for Samaritans').click();
    const source = samaritans.getByRole('link', { name: /Contact Samaritans/ });
    expect(await source.getAttribute('href')).toBe('https://www.samaritans.org/how-we-can-help/contact-samaritan/');
    const examples = directory.getByText('Example service, not real', { exact: true });
    expect(await examples.count()).toBeGreaterThanOrEqual(8);
    const crisisCafe = directory.getByRole('listitem').filter({ hasText: 'Evening Crisis Café (fictional)' });
    expect(await crisisCafe.textContent()).toContain('Example service, not real');
    await samaritans.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'demo-output/e2e-services-directory-1280x720.png' });
    await crisisCafe.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'demo-output/e2e-services-example-1280x720.png' });
    await page.close();
  });

  it('leads to the trust’s own procedure once its pack replaces the section', async () => {
    const options = await coplan.context.newPage();
    await options.goto(`chrome-extension://${coplan.id}/options.html`);
    await options.getByLabel('Import a content pack').setInputFiles(goodPack('northbank-safeguarding.json'));
    await options.getByRole('status').filter({ hasText: 'Imported “Northbank Trust safeguarding procedure (fictional)”' }).waitFor();
    await options.close();

    const page = await coplan.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    await sidebar.getByRole('button', { name: ROUTE }).click();
    await sidebar.getByRole('heading', { level: 2, name: 'Safeguarding and risk at Northbank' }).waitFor();
    await sidebar.getByText(/ring the Northbank safeguarding hub on 0000 000 0999/).waitFor();
    expect(await sidebar.locator('.reading .notice').first().textContent()).toBe('From the pack “Northbank Trust safeguarding procedure (fictional)”, in place of the built-in section.');
    expect(await sidebar.getByRole('note', { name: 'Safeguarding and risk' }).textContent()).not.toContain('has not put its own');
    await page.screenshot({ path: 'demo-output/e2e-safeguarding-trust-procedure-1280x720.png' });
    await page.close();
  });

  it('tells the clinician until when an unchanged draft is kept, from the retention period set on the options page (H-24)', async () => {
    const page = await coplan.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(coplan.url('ehr/plain.html'));
    let sidebar = await openSidebar(page, coplan.id);
    await sidebarSteps(sidebar).start('Kept draft');
    await sidebar.getByText(/^This draft is kept on this computer until .+ if left unchanged\.$/).waitFor();

    // A trust that keeps drafts for one hour: the time given moves to an hour after the last change.
    const options = await coplan.context.newPage();
    await options.goto(`chrome-extension://${coplan.id}/options.html`);
    await options.getByLabel('Keep session drafts for (hours)').fill('1');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText(/^Saved\. Session drafts are deleted 1 hours after/).waitFor();
    await page.reload();
    sidebar = await openSidebar(page, coplan.id);
    const started = Date.now();
    await sidebarSteps(sidebar).start('Short-lived draft');
    const kept = sidebar.getByText(/^This draft is kept on this computer until .+ at (\d\d):(\d\d) if left unchanged\.$/);
    const [, hh, mm] = /at (\d\d):(\d\d) if/.exec((await kept.textContent())!)!;
    const shown = await sidebar.evaluate(([h, m]) => { const d = new Date(); d.setHours(Number(h), Number(m), 0, 0); return d.getTime(); }, [hh, mm]);
    const offBy = Math.abs(((shown - (started + 3_600_000)) % 86_400_000 + 86_400_000) % 86_400_000);
    expect(Math.min(offBy, 86_400_000 - offBy)).toBeLessThan(3 * 60_000);
    await kept.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'demo-output/e2e-draft-kept-1280x720.png' });
    await options.getByLabel('Keep session drafts for (hours)').fill('24');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await Promise.all([options.close(), page.close()]);
  });

  it('made no request outside the test server and the extension', () => {
    expect(coplan.outsideRequests()).toEqual([]);
  });
});
