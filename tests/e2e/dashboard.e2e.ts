import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './support/axe';
import { startCoplan, type Coplan } from './support/coplan';
import { readAuditEvents } from './support/database';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/audit');
const SHOTS = resolve(import.meta.dirname, '../../demo-output');
// The golden records are from 2025: the view is bookmarked to that year.
const YEAR = 'from=2025-01-01&to=2025-12-31';

let coplan: Coplan;
let page: Page;
beforeAll(async () => {
  coplan = await startCoplan();
  page = await coplan.context.newPage();
  await page.goto(`chrome-extension://${coplan.id}/dashboard.html?${YEAR}`);
});
afterAll(async () => {
  await coplan?.close();
});

const importFiles = (...paths: string[]) => page.getByLabel('Usage-record files (JSON)').setInputFiles(paths);
const figure = (label: string) => page.locator('.figure', { has: page.getByText(label, { exact: true }) }).locator('dd');
// The built-in framework has four faith prompts: untouched ones count as left open.
// The last cell: the sidebar's per-domain progress for the average session (issue 18).
const FAITH = 'Faith, spirituality and beliefs about illness3 (18%)1 (6%)1 (6%)0 (0%)12 (71%)0.6 of 3.4 explored';
const faithRow = () => page.getByRole('table', { name: /Prompts per domain/ }).getByRole('row', { name: /^Faith, spirituality/ });

describe('team-lead dashboard', () => {
  it('starts empty, saying how to bring in the team’s records', async () => {
    await page.getByRole('heading', { name: 'No usage records yet' }).waitFor();
  });

  it('imports the team’s files through the page and shows the counts, charts and tables', async () => {
    await importFiles(join(FIXTURES, 'clinician-a.json'), join(FIXTURES, 'clinician-b.json'));
    await page.getByText('clinician-a.json: 21 records added, 0 already held.').waitFor();
    await page.getByText('clinician-b.json: 9 records added, 0 already held.').waitFor();
    await expect.poll(() => figure('Sessions').textContent()).toBe('5');
    await expect.poll(() => faithRow().textContent()).toBe(FAITH);
    await expect.poll(() => page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: join(SHOTS, 'dashboard-imported.png'), fullPage: true });
    for (const [name, heading] of [['coverage', 'Coverage by domain'], ['trend', 'Trend by week']]) {
      await page.locator('section', { has: page.getByRole('heading', { name: heading }) }).screenshot({ path: join(SHOTS, `dashboard-${name}.png`) });
    }
  });

  it('has no serious accessibility problems', async () => {
    expect(await seriousAxeProblems(page)).toEqual([]);
  });

  it('shows and takes dates in UK order, day/month/year, whatever the browser’s own language', async () => {
    const from = page.getByRole('textbox', { name: 'From' });
    const to = page.getByRole('textbox', { name: 'To' });
    expect(await from.inputValue()).toBe('01/01/2025');
    expect(await to.inputValue()).toBe('31/12/2025');
    await page.getByText('Showing sessions started from 1 Jan 2025 to 31 Dec 2025 (UK time)').waitFor();
    await from.fill('24/3/2025');
    await to.fill('30/03/2025');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/from=2025-03-24&to=2025-03-30/);
    await page.getByText('Showing sessions started from 24 Mar 2025 to 30 Mar 2025 (UK time)').waitFor();
    await expect.poll(() => figure('Sessions').textContent()).toBe('2');
    await to.fill('31/02/2025');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('Enter the end date as day/month/year, such as 31/03/2026.').waitFor();
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: join(SHOTS, 'dashboard-dates-1280x720.png') });
    await page.goto(`chrome-extension://${coplan.id}/dashboard.html?${YEAR}`);
    await figure('Sessions').waitFor();
    await page.screenshot({ path: join(SHOTS, 'dashboard-1280x720-full.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('keeps the filters in the address, so a reload shows the same view', async () => {
    await page.getByRole('combobox', { name: 'Team', exact: true }).selectOption('team-north');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/team=team-north/);
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Team', exact: true }).inputValue()).toBe('team-north');
    await expect.poll(() => figure('Sessions').textContent()).toBe('3');
    await page.goto(`chrome-extension://${coplan.id}/dashboard.html?${YEAR}`);
    await figure('Sessions').waitFor();
  });

  it('exports the records, clears the imported ones, and imports the export back to the same counts', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Records for merging (JSON)' }).click()]);
    const saved = join(mkdtempSync(join(tmpdir(), 'coplan-export-')), download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('coplan-usage-2025-01-01-to-2025-12-31.json');

    await page.getByRole('button', { name: 'Clear imported records' }).click();
    await page.getByRole('button', { name: 'Yes, clear imported records' }).click();
    await page.getByText('Removed 30 imported records. Records made on this computer are kept.').waitFor();
    await page.getByRole('heading', { name: 'No usage records yet' }).waitFor();

    await importFiles(saved);
    // The training session is outside the view, so the export held the other 28 records.
    await page.getByText('coplan-usage-2025-01-01-to-2025-12-31.json: 28 records added, 0 already held.').waitFor();
    await expect.poll(() => figure('Sessions').textContent()).toBe('5');
    await expect.poll(() => faithRow().textContent()).toBe(FAITH);
  });

  it('refuses a bad file with a clear message and keeps what is held', async () => {
    await importFiles(join(FIXTURES, 'bad/tampered.json'), join(FIXTURES, 'bad/future.json'));
    await page.getByText(/tampered\.json: not imported\. This file has been changed since it was exported \(its checksum does not match\)\. Nothing from it was added\./).waitFor();
    await page.getByText(/future\.json: not imported\. This file has records dated in the future/).waitFor();
    await expect.poll(() => figure('Sessions').textContent()).toBe('5');
    await page.getByRole('heading', { name: 'Import your team’s files' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'dashboard-bad-file.png') });
    expect(coplan.outsideRequests()).toEqual([]);
  });
});

describe('a team lead’s records from the release that kept one row per event', () => {
  it('are moved into blocks when the dashboard first opens, and show the same counts', async () => {
    const earlier = await startCoplan();
    try {
      const events = ['clinician-a.json', 'clinician-b.json'].flatMap((name) => (JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as { events: Record<string, unknown>[] }).events);
      const rows = events.map((e) => ({ ...e, training: e.training ? 1 : 0, origin: 'imported' }));
      const tab = await earlier.context.newPage();
      // An extension page that opens no database, so the one written here is the first.
      await tab.goto(`chrome-extension://${earlier.id}/manifest.json`);
      // Schema version 4 as Dexie wrote it (Dexie's version 4 is IndexedDB's 40).
      await tab.evaluate(async (held) => {
        // The background's start-up purge may already have made today's database: start again from none
        // (Dexie closes its connection when asked to, so the deletion goes through).
        await new Promise((done) => {
          const gone = indexedDB.deleteDatabase('coplan');
          gone.onsuccess = gone.onerror = done;
        });
        const db = await new Promise<IDBDatabase>((done, fail) => {
          const open = indexedDB.open('coplan', 40);
          open.onupgradeneeded = () => {
            const made = open.result;
            const store = (name: string, key: string, indexes: [string, string | string[]][] = []) => {
              const s = made.createObjectStore(name, { keyPath: key });
              for (const [index, path] of indexes) s.createIndex(index, path);
            };
            store('sessions', 'id', [['updatedAt', 'updatedAt'], ['createdAt', 'createdAt']]);
            store('searchIndexes', 'contentVersion');
            store('auditEvents', 'id', [['at', 'at'], ['type', 'type'], ['sessionId', 'sessionId'], ['[training+at]', ['training', 'at']], ['origin', 'origin']]);
            store('auditSessions', 'id', [['[training+start]', ['training', 'start']]]);
            store('packs', 'id');
            store('packSections', 'id', [['packId', 'packId']]);
            store('services', 'id', [['packId', 'packId'], ['kind', 'kind']]);
          };
          open.onsuccess = () => done(open.result);
          open.onerror = () => fail(open.error);
        });
        const tx = db.transaction('auditEvents', 'readwrite');
        for (const row of held) tx.objectStore('auditEvents').put(row);
        await new Promise((done) => (tx.oncomplete = done));
        db.close();
      }, rows);
      await tab.goto(`chrome-extension://${earlier.id}/dashboard.html?${YEAR}`);
      await tab.locator('.figure', { has: tab.getByText('Sessions', { exact: true }) }).locator('dd').filter({ hasText: '5' }).waitFor();
      expect(await tab.getByRole('table', { name: /Prompts per domain/ }).getByRole('row', { name: /^Faith, spirituality/ }).textContent()).toBe(FAITH);
      expect((await readAuditEvents(tab)).length).toBe(rows.length);
    } finally {
      await earlier.close();
    }
  });
});
