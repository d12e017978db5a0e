import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCoplan, type Coplan } from './support/coplan';
import { readTrustedStore } from './support/content-world';
import { countCoplan } from './support/coplan-controls';
import { copyExtension, writeManagedPolicy } from './support/policy';
import { bringBeside, openSidePanel } from './support/side-panel';

/**
 * Issue 17: a trust that sets `panel: "side-panel"` gets nothing of Coplan's in the EHR page; the
 * clinician works in the browser's own side panel, which no page can cover, and inserts from it.
 * A managed policy file for a copy of the build with an id of its own (run under the policy lock).
 */
const POLICY = { panel: 'side-panel' };

let coplan: Coplan | undefined;
let removePolicy: (() => void) | undefined;
let removeCopy: (() => void) | undefined;
const app = () => coplan!;

beforeAll(async () => {
  const copy = copyExtension();
  removeCopy = copy.remove;
  removePolicy = writeManagedPolicy('coplan-e2e-panel', copy.id, POLICY);
  coplan = await startCoplan({ extensionPath: copy.path });
  // Chromium reads managed storage a few seconds after start-up; the background then copies it.
  const page = await app().context.newPage();
  await page.goto(`chrome-extension://${app().id}/options.html`);
  await vi.waitFor(async () => expect((await readTrustedStore(page)).policyCopy).toMatchObject(POLICY), { timeout: 15_000, interval: 250 });
  await page.close();
});
afterAll(async () => {
  removePolicy?.();
  try {
    await coplan?.close();
  } finally {
    removeCopy?.();
  }
});

describe('policy panel: "side-panel"', () => {
  it('puts nothing of Coplan’s in the EHR page, and the side panel inserts into its field', async () => {
    const ehr = await app().context.newPage();
    await ehr.goto(app().url('ehr/plain.html'));
    const panel = await openSidePanel(app());
    // The panel follows the tab: it shows the start form once it has the EHR page's context.
    await bringBeside(panel, ehr);
    await panel.until(`document.querySelector('#session-label')`, 'the start form beside the EHR page');
    await panel.clickInto('#session-label');
    await panel.type('Panel only');
    await panel.click('.session-bar__start button[type=submit]');
    await panel.until(`document.body.innerText.includes('Session: Panel only')`, 'the session');
    await panel.until(`document.querySelector('#ehr-field')?.selectedOptions[0]?.textContent === 'Care plan'`, 'the page’s field');
    // A real mouse click on the button the clinician sees (marked here only so the click can find it).
    await panel.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent === 'Insert into EHR').dataset.test = 'insert'`);
    await panel.until(`!document.querySelector('[data-test=insert]').hasAttribute('aria-disabled')`, 'Insert released');
    await panel.click('[data-test=insert]');
    await panel.until(`document.body.innerText.includes("Inserted the summary into 'Care plan'")`, 'the insert');
    expect(await ehr.locator('#plan').inputValue()).toContain('Co-produced care plan discussion');
    await panel.screenshot('demo-output/e2e-panel-policy-side-panel.png');
    // The content script answered the panel, and put no launcher, bar or frame in the page.
    expect(await countCoplan(ehr, 'button', 'Open Coplan')).toBe(0);
    expect(await ehr.locator('coplan-sidebar').count()).toBe(0);
    expect(ehr.frames()).toHaveLength(1);
    await ehr.close();
  });
});
