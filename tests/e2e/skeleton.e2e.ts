import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { clickCoplan, countCoplan, focusCoplan, sidebarFrameElement, sidebarShown } from './support/coplan-controls';

const MARKER = 'ZQX-private-note-7731';
let coplan: Coplan;

beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe('Coplan over an EHR page', () => {
  it('shows exactly one launcher, and opens an extension-origin frame titled Coplan', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    await expect.poll(() => countCoplan(page, 'button', 'Open Coplan')).toBe(1);
    const sidebar = await openSidebar(page, coplan.id);
    expect(sidebar.url()).toMatch(new RegExp(`^chrome-extension://${coplan.id}/sidebar\\.html`));
    expect(await (await sidebarFrameElement(page)).getAttribute('title')).toBe('Coplan');
    // The shadow root is closed: the page's own scripts cannot even reach the frame element.
    const probe = await page.evaluate(() => (window as unknown as { __probeFrames(): unknown }).__probeFrames());
    expect(probe).toEqual({ elements: [], windows: [] });
    await page.close();
  });

  it('keeps a status after the page reloads', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    let sidebar = await openSidebar(page, coplan.id);
    const firstPrompt = sidebar.getByRole('group', { name: /^Status:/ }).first();
    const legend = await firstPrompt.locator('legend').textContent();
    await firstPrompt.getByRole('radio', { name: 'Explored' }).check();

    await page.reload();
    sidebar = await openSidebar(page, coplan.id);
    const again = sidebar.getByRole('group', { name: legend! });
    await expect.poll(() => again.getByRole('radio', { name: 'Explored' }).isChecked()).toBe(true);
    await page.close();
  });

  it('never lets the page read the frame or see what is typed in it', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const note = sidebar.getByRole('textbox', { name: 'Note' }).first();
    await note.click();
    await page.keyboard.type(MARKER);
    await expect.poll(() => note.inputValue()).toBe(MARKER);

    // Frames in a shadow tree are not in window.frames either: the page has no way to the frame.
    const probe = await page.evaluate(() => (window as unknown as { __probeFrames(): unknown }).__probeFrames());
    expect(probe).toEqual({ elements: [], windows: [] });
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.filter((s) => s.includes(MARKER) || s.includes('ZQX'))).toEqual([]);
    expect(seen.some((s) => s.startsWith('keydown:'))).toBe(false);
    expect(coplan.consoleLines.filter((line) => line.includes(MARKER))).toEqual([]);
    await page.close();
  });

  it('lets the clinician close, move and resize the sidebar while the page stays usable', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    await openSidebar(page, coplan.id);
    const frame = await sidebarFrameElement(page);
    const before = await frame.boundingBox();
    expect(before!.x).toBeGreaterThan(600);

    await clickCoplan(page, 'button', 'Move to the left');
    expect((await frame.boundingBox())!.x).toBe(0);
    await page.getByRole('button', { name: 'Page button' }).click();
    expect(await page.evaluate(() => (window as unknown as { __clicked?: boolean }).__clicked)).toBe(true);

    await focusCoplan(page, 'separator', /Resize Coplan/);
    await page.keyboard.press('ArrowRight');
    expect((await frame.boundingBox())!.width).toBe(before!.width + 20);

    await clickCoplan(page, 'button', 'Close Coplan');
    await expect.poll(() => sidebarShown(page)).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('COPLAN-SIDEBAR');
    await page.close();
  });

  it('shows no launcher in a sub-frame', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/with-frame.html'));
    await page.frameLocator('#inner').getByLabel('Inner note').waitFor();
    await expect.poll(() => countCoplan(page, 'button', 'Open Coplan')).toBe(1);
    expect(await page.frameLocator('#inner').locator('coplan-sidebar').count()).toBe(0);
    await page.close();
  });

  it('made no request outside the test server and the extension', () => {
    expect(coplan.outsideRequests()).toEqual([]);
  });
});
