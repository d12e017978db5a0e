import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoplan, type Coplan } from './support/coplan';
import { countCoplan } from './support/coplan-controls';
import { copyExtension, writeManagedPolicy } from './support/policy';

/**
 * Sites of a clinician's own are off unless trust IT allows them (issue 17), so this file runs a
 * copy of the build under a managed policy that does (needs root, as CI on Debian runs; on a
 * shared machine under `flock /tmp/coplan-policy.lock`).
 */
let coplan: Coplan;
let removePolicy: (() => void) | undefined;
let removeCopy: (() => void) | undefined;
beforeAll(async () => {
  const copy = copyExtension();
  removeCopy = copy.remove;
  removePolicy = writeManagedPolicy('coplan-e2e-sites', copy.id, { allowUserSites: true });
  coplan = await startCoplan({ extensionPath: copy.path });
});
afterAll(async () => {
  removePolicy?.();
  removeCopy?.();
  await coplan?.close();
});

// The test build holds http://127.0.0.1/*, so Chromium grants this narrower pattern without a dialog (TOOLCHAIN.md).
const ADDED = 'http://127.0.0.1/sites-test/*';

/** Coplan's runtime registrations, as the browser reports them to an extension page. */
function registrations(page: Page) {
  return page.evaluate(async () =>
    (await (globalThis as unknown as { chrome: typeof browser }).chrome.scripting.getRegisteredContentScripts()).map((s) => ({
      id: s.id,
      matches: s.matches,
      excludeMatches: s.excludeMatches,
      js: s.js,
      allFrames: s.allFrames,
      persistAcrossSessions: s.persistAcrossSessions,
    })),
  );
}

describe('sites on the options page', () => {
  it('adds a site with its permission and registration, refuses a bad pattern, and removes it again', async () => {
    const page = await coplan.context.newPage();
    await page.goto(`chrome-extension://${coplan.id}/options.html`);
    const sites = page.getByRole('list', { name: 'Sites' });
    await sites.getByText('http://127.0.0.1/*').waitFor();
    expect(await sites.getByRole('listitem').filter({ hasText: 'http://127.0.0.1/*' }).textContent()).toContain('Built in');

    const input = page.getByRole('textbox', { name: 'Site address or match pattern' });
    await input.fill('http://127.0.0.1:8080/*');
    await page.getByRole('button', { name: 'Add site' }).click();
    await page.getByText('has a port; match patterns cover every port of a host, so leave it out.').waitFor();
    await input.fill('https://*.nhs.uk/*');
    await page.getByRole('button', { name: 'Add site' }).click();
    await page.getByText(/“https:\/\/\*\.nhs\.uk\/\*” spans more than one organisation/).waitFor();

    await input.fill(ADDED);
    await page.getByRole('button', { name: 'Add site' }).click();
    await page.getByText(`Added ${ADDED}.`).waitFor();
    expect(await sites.getByRole('listitem').filter({ hasText: ADDED }).textContent()).toContain('Added by you');
    await expect.poll(() => registrations(page)).toEqual([
      {
        id: `coplan-site:${ADDED}`,
        matches: [ADDED],
        // The manifest's script already runs on every 127.0.0.1 page: no second copy there.
        excludeMatches: ['http://127.0.0.1/*'],
        js: ['content-scripts/ehr.js'],
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);

    const ehr = await coplan.context.newPage();
    await ehr.goto(coplan.url('sites-test/page.html'));
    await expect.poll(() => countCoplan(ehr, 'button', 'Open Coplan')).toBe(1);
    expect(await ehr.locator('coplan-sidebar').count()).toBe(1);
    await ehr.close();

    await page.reload();
    await sites.getByText(ADDED).waitFor();
    await page.getByRole('button', { name: `Remove ${ADDED}` }).click();
    await page.getByText(`Removed ${ADDED}.`).waitFor();
    await expect.poll(() => registrations(page)).toEqual([]);
    expect(await sites.getByText(ADDED).count()).toBe(0);
    await page.close();
  });
});
