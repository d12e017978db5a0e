import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELD } from '../../components/sidebar/summary/InsertControls';
import { startCoplan, type Coplan } from './support/coplan';
import { clickCoplan, focusCoplan, sidebarFrameElement } from './support/coplan-controls';
import { readAuditEvents } from './support/database';
import { sidebarSteps } from './support/sidebar';

/**
 * Issue 17: a hostile page tries to make the clinician click "Insert into EHR" without seeing it.
 * One attack per case (tests/fixtures/ehr/clickjack.html?attack=…); each ends with nothing in the
 * page's field and a plain notice in the sidebar, or with the attack having no effect on Coplan.
 */
let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

const REFUSED = 'Nothing was inserted: something on the page was covering, hiding or moving Coplan';

/** Opens the sidebar from the keyboard (a decoy may lie over the launcher) and starts a session. */
async function openOn(attack: string): Promise<{ page: Page; sidebar: Frame }> {
  const page = await coplan.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(coplan.url(`ehr/clickjack.html?attack=${attack}`));
  await focusCoplan(page, 'button', 'Open Coplan');
  await page.keyboard.press('Enter');
  const sidebar = (await (await sidebarFrameElement(page)).contentFrame())!;
  await sidebar.getByRole('heading', { level: 2 }).first().waitFor();
  await sidebarSteps(sidebar).start(`Attack ${attack}`);
  await page.evaluate(() => (window as unknown as { startAttack?: () => void }).startAttack?.());
  return { page, sidebar };
}

const valueOf = (page: Page, id: string) => page.locator(`#${id}`).inputValue();
const insertButton = (sidebar: Frame) => sidebar.getByRole('button', { name: 'Insert into EHR' });

describe('a page that tries to trick the clinician into inserting (issue 17)', () => {
  it('lets a plain page be written to once Coplan has been in view for a moment', async () => {
    const { page, sidebar } = await openOn('none');
    await insertButton(sidebar).click();
    await sidebar.getByText("Inserted the summary into 'Care plan'", { exact: false }).waitFor();
    expect(await valueOf(page, 'plan')).not.toBe('');
    await page.close();
  });

  it('keeps Coplan as it laid it out when the page restyles its host, even with !important and inline styles', async () => {
    const { page, sidebar } = await openOn('host');
    const host = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('coplan-sidebar')!);
      return { opacity: style.opacity, transform: style.transform, clipPath: style.clipPath, position: style.position, inline: document.querySelector('coplan-sidebar')!.getAttribute('style') };
    });
    expect(host).toEqual({ opacity: '1', transform: 'none', clipPath: 'none', position: 'static', inline: 'opacity: 0 !important;' });
    await page.screenshot({ path: 'demo-output/e2e-clickjack-host.png' });
    // Nothing is hidden, so the clinician sees what they click, and the insert is theirs.
    await insertButton(sidebar).click();
    await sidebar.getByText("Inserted the summary into 'Care plan'", { exact: false }).waitFor();
    await page.close();
  });

  it('keeps the sidebar when closed, and holds Insert again for its wait each time it is shown again', async () => {
    const { page, sidebar } = await openOn('none');
    const insert = insertButton(sidebar);
    await expect.poll(() => insert.isDisabled()).toBe(false);
    await sidebar.evaluate(() => ((window as unknown as { kept?: boolean }).kept = true));
    await clickCoplan(page, 'button', 'Close Coplan');
    await clickCoplan(page, 'button', 'Open Coplan');
    // The same document, shown again: a re-open loads nothing and needs no new token.
    expect(await sidebar.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    // Shown again, it is held again for the full wait before it can write.
    await expect.poll(() => insert.isDisabled()).toBe(true);
    await expect.poll(() => insert.isDisabled()).toBe(false);
    await insert.click();
    await sidebar.getByText("Inserted the summary into 'Care plan'", { exact: false }).waitFor();
    await page.close();
  });

  it.each([
    ['overlay', 'lays a veil over Coplan that lets clicks through'],
    ['popover', 'puts a decoy in the top layer over Coplan'],
    ['dialog', 'opens a modal dialog decoy over Coplan'],
  ])('holds Insert while the page %s (%s), and says why', async (attack) => {
    const { page, sidebar } = await openOn(attack);
    const insert = insertButton(sidebar);
    await sidebar.getByText(HELD).waitFor();
    expect(await insert.isDisabled()).toBe(true);
    await page.screenshot({ path: `demo-output/e2e-clickjack-${attack}.png` });
    // A click or key that lands anyway does nothing: the button is disabled, not merely styled so.
    await insert.click({ force: true, timeout: 2_000 }).catch(() => undefined);
    await insert.press('Enter', { timeout: 2_000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    expect(await valueOf(page, 'plan')).toBe('');
    await page.close();
  });

  it.each([
    ['transform', 'shifts the page under a lure'],
    ['clip', 'clips away the part of the page where Coplan is'],
  ])('leaves Coplan where and as it was when the page %s (%s): the top layer is out of its reach', async (attack) => {
    const { page, sidebar } = await openOn(attack);
    const box = (await (await sidebarFrameElement(page)).boundingBox())!;
    expect(box.x + box.width).toBe(1280);
    // The page itself sees Coplan's host, and nothing of its own, at the middle of the frame.
    const top = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(top).toBe('coplan-sidebar');
    await page.screenshot({ path: `demo-output/e2e-clickjack-${attack}.png` });
    // Chromium sees Coplan whole and so does the check at the moment of writing: the clinician
    // sees what they click, and the insert is theirs.
    await insertButton(sidebar).click();
    await sidebar.getByText("Inserted the summary into 'Care plan'", { exact: false }).waitFor();
    await page.close();
  });

  it('keeps Coplan whole when the page fades itself, and writes into none of its faded fields', async () => {
    const { page, sidebar } = await openOn('root-opacity');
    await page.screenshot({ path: 'demo-output/e2e-clickjack-root-opacity.png' });
    // Chromium sees Coplan plainly (Insert is released), but the record's own fields are faded
    // almost to nothing, so none is offered and nothing can be written where the clinician cannot see.
    await insertButton(sidebar).click();
    await sidebar.getByText('There is no field chosen. Copy the summary instead.').waitFor();
    expect(await sidebar.getByRole('combobox', { name: 'EHR field' }).getByRole('option', { name: 'Care plan' }).count()).toBe(0);
    expect([await valueOf(page, 'plan'), await valueOf(page, 'mood')]).toEqual(['', '']);
    await page.close();
  });

  it('writes nothing when the page covers Coplan the moment the clinician clicks, says why and records the refusal', async () => {
    const { page, sidebar } = await openOn('cover-on-click');
    // The clinician was last on the page; the click into Coplan is what sets the trap off.
    await page.mouse.click(200, 600);
    await page.evaluate(() => (window as unknown as { startCover: () => void }).startCover());
    await insertButton(sidebar).click();
    await sidebar.getByText(REFUSED, { exact: false }).waitFor();
    expect(await valueOf(page, 'plan')).toBe('');
    await page.screenshot({ path: 'demo-output/e2e-clickjack-cover-on-click.png' });
    const audit = await coplan.context.newPage();
    await audit.goto(`chrome-extension://${coplan.id}/options.html`);
    const failures = (await readAuditEvents(audit)).filter((e) => e.type === 'insertion-failed');
    expect(failures.map((e) => e.outcome)).toContain('obscured');
    await Promise.all([page.close(), audit.close()]);
  });

  it('cannot reach the frame to point it elsewhere or resize it', async () => {
    const { page, sidebar } = await openOn('resrc');
    const before = await (await sidebarFrameElement(page)).boundingBox();
    await page.waitForTimeout(500);
    const tries = await page.evaluate(() => (window as unknown as { __tries: string[] }).__tries);
    expect(tries.length).toBeGreaterThan(0);
    expect(new Set(tries)).toEqual(new Set(['no-frame']));
    expect(sidebar.url()).not.toContain('#summary');
    expect(await (await sidebarFrameElement(page)).boundingBox()).toEqual(before);
    expect(await valueOf(page, 'plan')).toBe('');
    await page.close();
  });

  it('does not take a confirmation by keyboard while the page keeps moving focus', async () => {
    const { page, sidebar } = await openOn('focus');
    await sidebar.getByRole('combobox', { name: 'EHR field' }).selectOption({ label: 'Mood — one line' });
    await insertButton(sidebar).click();
    const anyway = sidebar.getByRole('alert').getByRole('button', { name: 'Insert anyway' });
    await anyway.waitFor();
    await page.evaluate(() => (window as unknown as { startStealing: () => void }).startStealing());
    // Each press gives Coplan focus again, which starts the second's wait again.
    for (let i = 0; i < 5; i++) {
      await anyway.press('Enter', { timeout: 1_000 }).catch(() => undefined);
      await page.waitForTimeout(200);
    }
    expect(await anyway.isDisabled()).toBe(true);
    expect(await valueOf(page, 'mood')).toBe('');
    // The page never had Coplan's frame to put focus into.
    expect(new Set(await page.evaluate(() => (window as unknown as { __tries: string[] }).__tries))).toEqual(new Set(['no-frame']));
    await page.close();
  });

  it('never offers a near-transparent decoy field, nor pre-selects one added after Coplan opened', async () => {
    const { page, sidebar } = await openOn('decoy');
    await page.locator('#late').waitFor({ state: 'attached' });
    await sidebar.getByRole('button', { name: 'Find fields again' }).click();
    const picker = sidebar.getByRole('combobox', { name: 'EHR field' });
    // The ghost is not listed; the late one is (the clinician may choose it), but not chosen for them.
    await expect.poll(() => picker.getByRole('option', { name: 'Care plan' }).count()).toBe(2);
    await insertButton(sidebar).click();
    await sidebar.getByText("Inserted the summary into 'Care plan'", { exact: false }).waitFor();
    expect(await valueOf(page, 'plan')).not.toBe('');
    expect([await valueOf(page, 'ghost'), await valueOf(page, 'late')]).toEqual(['', '']);
    await page.close();
  });
});
