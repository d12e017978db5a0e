import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';
import { clickCoplan } from './support/coplan-controls';
import { readTrustedStore } from './support/content-world';
import { readAuditEvents, readTables, type Row } from './support/database';
import { copyExtension, writeManagedPolicy } from './support/policy';
import { everything, insertedInto, sidebarSteps } from './support/sidebar';

/**
 * Trust policy as Chromium applies it: a managed policy file, read by the browser at start-up, for a
 * copy of the build with an id of its own (no other end-to-end file sees this policy).
 * Needs root to write /etc/chromium/policies/managed, as CI on Debian runs.
 */
const POLICY = {
  retentionHours: 1,
  personContext: [
    // A single-page EHR: the address never changes, so the page's own text says whose record it is.
    { site: 'http://127.0.0.1/ehr/spa-records.html*', selector: '#person-number' },
    // An EHR that names the person only in the query string.
    { site: 'http://127.0.0.1/ehr/query-record.html*', urlPattern: '[?&]patient=([^&]+)' },
  ],
};

const HOUR = 3_600_000;
type Chrome = { chrome: typeof browser };

let coplan: Coplan | undefined;
let removePolicy: (() => void) | undefined;
let removeCopy: (() => void) | undefined;

beforeAll(async () => {
  const copy = copyExtension();
  removeCopy = copy.remove;
  removePolicy = writeManagedPolicy('coplan-e2e-policy', copy.id, POLICY);
  coplan = await startCoplan({ extensionPath: copy.path });
  if (coplan.id !== copy.id) throw new Error(`The copy loaded as ${coplan.id}, not ${copy.id}: the policy names another extension`);
  // Chromium's first read of managed storage takes a few seconds after start-up, and only then
  // does the background copy the policy for pages to read. Until then no rule applies: wait, so
  // each test below starts with the policy in force.
  const page = await extensionPage();
  await vi.waitFor(async () => expect(await policyCopy(page)).toMatchObject(POLICY), { timeout: 15_000, interval: 250 });
  await page.close();
});
afterAll(async () => {
  // The policy file goes whatever happened, so it never reaches a later browser.
  removePolicy?.();
  try {
    await coplan?.close();
  } finally {
    removeCopy?.();
  }
});

const app = () => coplan!;

async function extensionPage(path = 'options.html'): Promise<Page> {
  const page = await app().context.newPage();
  await page.goto(`chrome-extension://${app().id}/${path}`);
  return page;
}

const managed = (page: Page) => page.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.managed.get(null));
/** The background's copy, in the trusted store on the extension origin (H-33), never in storage.local. */
const policyCopy = async (page: Page) => (await readTrustedStore(page)).policyCopy;

async function sessionsByLabel(page: Page): Promise<Map<string, Row>> {
  const { sessions = [] } = await readTables(page, ['sessions']);
  return new Map(sessions.map((row) => [row.label as string, row]));
}

/** The session's binding once the sidebar has stored it (it is learnt just after the session starts). */
async function bindingOf(label: string): Promise<Row> {
  const page = await extensionPage();
  let binding: Row | undefined;
  await expect.poll(async () => (binding = (await sessionsByLabel(page)).get(label)?.binding as Row | undefined)).toBeDefined();
  await page.close();
  return binding!;
}

describe('Trust policy from Chromium’s managed policy file', () => {
  it('reaches this copy of Coplan, and the background copies it for pages to read', async () => {
    const page = await extensionPage();
    expect(await managed(page)).toEqual(POLICY);
    expect(await policyCopy(page)).toMatchObject(POLICY);
    await page.close();
  });
});

describe('Wrong-patient guard with a personContext rule from policy (H-01, H-02)', () => {
  it('puts the session away the moment a single-page EHR swaps in another person at the same address, and brings it back with the first person', async () => {
    const page = await app().context.newPage();
    await page.goto(app().url('ehr/spa-records.html'));
    const sidebar = await openSidebar(page, app().id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Ada, SPA');
    await sidebar.getByRole('textbox', { name: 'In their own words' }).fill('marker-spa-101 keeps a diary in Polish');
    // The person was read from the page and kept only as a hash.
    const binding = await bindingOf('Ada, SPA');
    expect(binding.personHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(binding)).not.toMatch(/DEMO-10|Ada/);

    // The EHR opens another person's record in place: same address, same tab, new form. The
    // sidebar notices at once, not at the next insert: Ada's words leave its DOM, and it says why.
    const address = page.url();
    await page.getByRole('button', { name: 'Open Ben Example' }).click();
    await page.getByText('Ben Example (fictional)').waitFor();
    expect(page.url()).toBe(address);
    await sidebar.getByText('This page shows another record now, so “Ada, SPA” was put away. It is in today’s sessions below.').waitFor();
    expect(await everything(sidebar)).not.toContain('marker-spa-101');
    await sidebar.getByRole('button', { name: 'Start a new session' }).waitFor();
    await page.screenshot({ path: 'demo-output/e2e-spa-swap-put-away.png' });

    // Continuing Ada's session beside Ben's record asks first; cancelling shows nothing of it.
    await sidebar.getByRole('button', { name: 'Continue Ada, SPA' }).click();
    await sidebar.getByRole('alert').getByText('This session began on another record.').waitFor();
    await sidebar.getByRole('alert').getByRole('button', { name: 'Cancel' }).click();
    expect(await everything(sidebar)).not.toContain('marker-spa-101');

    // Ada's record again: her session comes back by itself.
    await page.getByRole('button', { name: 'Open Ada Example' }).click();
    await sidebar.getByText('Session: Ada, SPA').waitFor();
    expect(await sidebar.getByRole('textbox', { name: 'In their own words' }).inputValue()).toBe('marker-spa-101 keeps a diary in Polish');
    await page.close();
  });

  it('puts the session away from a closed sidebar too, whose frame is kept for a quick re-open (issue 20)', async () => {
    const page = await app().context.newPage();
    await page.goto(app().url('ehr/spa-records.html'));
    const sidebar = await openSidebar(page, app().id);
    await sidebarSteps(sidebar).start('Ada, closed');
    await sidebar.getByRole('textbox', { name: 'In their own words' }).fill('marker-spa-closed walks the dog at six');
    await clickCoplan(page, 'button', 'Close Coplan');
    // Closed, the frame is hidden but kept: the record swap still takes Ada's words out of its DOM.
    await page.getByRole('button', { name: 'Open Ben Example' }).click();
    await page.getByText('Ben Example (fictional)').waitFor();
    await expect.poll(() => everything(sidebar)).not.toContain('marker-spa-closed');
    await clickCoplan(page, 'button', 'Open Coplan');
    await sidebar.getByText('This page shows another record now, so “Ada, closed” was put away. It is in today’s sessions below.').waitFor();
    expect(await everything(sidebar)).not.toContain('marker-spa-closed');
    await page.close();
  });

  it('inserts without a warning when the single-page EHR shows the same person again', async () => {
    const page = await app().context.newPage();
    await page.goto(app().url('ehr/spa-records.html'));
    const sidebar = await openSidebar(page, app().id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Ada again, SPA');
    await steps.mark('Faith', 'Explored');
    await bindingOf('Ada again, SPA');

    // Away to another record and back: the page is drawn anew, but it is the same person.
    await page.getByRole('button', { name: 'Open Ben Example' }).click();
    await page.getByText('Ben Example (fictional)').waitFor();
    await page.getByRole('button', { name: 'Open Ada Example' }).click();
    await page.getByText('Ada Example (fictional)').waitFor();

    await steps.insertInto('Care plan');
    expect(await sidebar.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Care plan' }).inputValue()).toContain('Co-produced care plan discussion');
    await page.close();
  });

  it('opens on today’s list when the person in the query string changes at the same path, puts the session away when it changes in place, and inserts for the same person', async () => {
    const page = await app().context.newPage();
    await page.goto(app().url('ehr/query-record.html?patient=DEMO-201'));
    const steps = sidebarSteps(await openSidebar(page, app().id));
    await steps.start('Query person');
    await steps.mark('Faith', 'Explored');
    const binding = await bindingOf('Query person');
    expect(binding.personHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(binding)).not.toContain('DEMO-201');

    // Another person's record, at the same path: the new page's sidebar opens on today's list (issue 13).
    await page.goto(app().url('ehr/query-record.html?patient=DEMO-202'));
    let sidebar = await openSidebar(page, app().id);
    await sidebar.getByRole('button', { name: 'Continue Query person' }).waitFor();
    expect(await sidebar.getByText('Session: Query person').count()).toBe(0);

    // The first person's record (with another query value beside it): the session resumes by itself.
    await page.goto(app().url('ehr/query-record.html?patient=DEMO-201&tab=plan'));
    sidebar = await openSidebar(page, app().id);
    await sidebar.getByText('Session: Query person').waitFor();
    // The EHR moves to the other person in place while the sidebar is open: the session is put away at once.
    await page.evaluate(() => history.pushState(null, '', '?patient=DEMO-202'));
    await sidebar.getByText('This page shows another record now, so “Query person” was put away. It is in today’s sessions below.').waitFor();
    expect(await sidebar.getByText('Session: Query person').count()).toBe(0);

    // And back to the first person: the session comes back, and inserts with no warning.
    await page.evaluate(() => history.pushState(null, '', '?patient=DEMO-201&tab=plan'));
    await sidebar.getByText('Session: Query person').waitFor();
    await sidebarSteps(sidebar).insertInto('Care plan');
    expect(await sidebar.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Care plan' }).inputValue()).toContain('Co-produced care plan discussion');
    await page.close();
  });
});

describe('A rule that reads no one (H-01, issue 13)', () => {
  it('asks before inserting when the rule cannot read the person, and a confirmation writes on that page only', async () => {
    const page = await app().context.newPage();
    // The query-string EHR's rule reads the person from ?patient=…, which this address lacks.
    await page.goto(app().url('ehr/query-record.html?view=list'));
    const sidebar = await openSidebar(page, app().id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Nobody readable');
    await steps.mark('Faith', 'Explored');
    const binding = await bindingOf('Nobody readable');
    expect(binding.personUnreadable).toBe(true);
    expect(binding.personHash).toBeUndefined();

    await sidebar.getByRole('button', { name: 'Find fields again' }).click();
    await sidebar.getByRole('combobox', { name: 'EHR field' }).selectOption({ label: 'Care plan' });
    await sidebar.getByRole('button', { name: 'Insert into EHR' }).click();
    const warning = sidebar.getByRole('alert');
    await warning.getByRole('listitem').first().waitFor();
    expect(await warning.getByRole('listitem').allTextContents()).toEqual([
      'Coplan cannot read whose record the page shows now, so it may be a different person’s.',
    ]);
    expect(await page.getByRole('textbox', { name: 'Care plan' }).inputValue()).toBe('');
    await warning.getByRole('button', { name: 'It is the right person: insert' }).click();
    await sidebar.getByText(insertedInto('Care plan')).waitFor();
    await page.screenshot({ path: 'demo-output/e2e-wrong-patient-warning.png' });

    // The team lead sees that the guard fired and what the clinician chose, and nothing else.
    const audit = await extensionPage();
    const warnings = (await readAuditEvents(audit)).filter((e) => e.type === 'wrong-patient-warning');
    expect(warnings.map((e) => e.outcome)).toEqual(['continued']);
    await Promise.all([page.close(), audit.close()]);
  });
});

describe('Draft retention set by policy (H-06)', () => {
  it('shows the policy’s period on the options page, and it cannot be changed there', async () => {
    const page = await extensionPage();
    const field = page.getByRole('textbox', { name: 'Keep session drafts for (hours)' });
    await page.getByText('Your organisation’s policy sets this period, so it cannot be changed here.').waitFor();
    expect(await field.inputValue()).toBe('1');
    expect(await field.getAttribute('readonly')).not.toBeNull();
    await page.close();
  });

  it('purges a draft older than the policy’s 1 hour when the browser starts, and keeps a recent one', async () => {
    const ehr = await app().context.newPage();
    await ehr.goto(app().url('ehr/plain.html'));
    const steps = sidebarSteps(await openSidebar(ehr, app().id));
    await steps.start('Old draft');
    await steps.mark('Faith', 'Explored');
    await steps.start('Recent draft');
    await steps.mark('Faith', 'Explored');
    await ehr.close();

    // The drafts were last changed 2 hours and 10 minutes ago: past the policy's 1 hour, and well
    // inside the options page's 24, so only the policy's period can purge the older one.
    const page = await extensionPage();
    const now = Date.now();
    await page.evaluate(async (ages: Record<string, number>) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('coplan');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const store = db.transaction('sessions', 'readwrite').objectStore('sessions');
      const rows = await new Promise<{ label: string; updatedAt: number }[]>((done) => {
        const all = store.getAll();
        all.onsuccess = () => done(all.result);
      });
      for (const row of rows) if (row.label in ages) store.put({ ...row, updatedAt: ages[row.label] });
      await new Promise((done) => (store.transaction.oncomplete = done));
      db.close();
    }, { 'Old draft': now - 2 * HOUR, 'Recent draft': now - 10 * 60_000 });
    const before = await sessionsByLabel(page);
    expect(before.get('Old draft')?.updatedAt).toBe(now - 2 * HOUR);
    expect(before.get('Recent draft')?.updatedAt).toBe(now - 10 * 60_000);
    const { settings } = await readTrustedStore(page);
    expect((settings as { retentionHours?: number } | undefined)?.retentionHours ?? 24).toBe(24);
    await page.close();

    // The clinician closes the browser and opens it again the next morning, on the same profile.
    await app().restart();
    const after = await extensionPage();
    await expect.poll(async () => (await sessionsByLabel(after)).has('Old draft'), { timeout: 15_000 }).toBe(false);
    const kept = await sessionsByLabel(after);
    expect(kept.get('Recent draft')?.updatedAt).toBe(now - 10 * 60_000);
    await after.close();
  });
});
