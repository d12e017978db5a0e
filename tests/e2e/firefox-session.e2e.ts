import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertedInto } from './support/sidebar';
import { FIREFOX_UUID, FirefoxSidebar, openFirefoxSidebar, SHOTS, startFirefox, type FirefoxCoplan } from './support/firefox';

/*
 * The core flow in Firefox ESR, with the build as Firefox users get it: the launcher, the
 * sidebar, a status, the person's own words kept across a reload, and the summary inserted into
 * three kinds of EHR field. Closing checks that no request left the machine.
 */
let coplan: FirefoxCoplan;
beforeAll(async () => {
  coplan = await startFirefox();
}, 120_000);
afterAll(async () => {
  await coplan?.close();
});

const WORDS = 'I want to stay near my family — أريد البقاء';

/** Starts a new session, leaving whichever one the sidebar resumed. */
async function startSession(sidebar: FirefoxSidebar, label: string): Promise<void> {
  // Wait until the sidebar has settled on a resumed session or today's list: read at once, a
  // session still being resumed looked like the list.
  await sidebar.evaluateUntil(`document.body.textContent.includes('Start a new session') || document.body.textContent.includes('All sessions') || null`);
  if (await sidebar.shows('button', 'All sessions')) await sidebar.press('button', 'All sessions');
  await sidebar.type('Session label', label);
  await sidebar.press('button', 'Start a new session');
  await sidebar.waitFor('text', new RegExp(`Session: ${label}`));
}

async function insertInto(sidebar: FirefoxSidebar, field: string): Promise<void> {
  await sidebar.press('button', 'Find fields again');
  await sidebar.choose('EHR field', field);
  await sidebar.press('button', 'Insert into EHR');
  await sidebar.waitFor('text', insertedInto(field));
}

async function planOn(path: string): Promise<{ page: Page; sidebar: FirefoxSidebar }> {
  const page = await coplan.open(path);
  const sidebar = await openFirefoxSidebar(coplan, page);
  await startSession(sidebar, `FF ${path}`);
  await sidebar.press('radio', 'Explored', /^The person/);
  await sidebar.type('In their own words', WORDS);
  return { page, sidebar };
}

describe('Coplan in Firefox ESR', () => {
  it('opens from the launcher, keeps a status and the person’s words across a reload, and inserts into a plain textarea', async () => {
    const { page, sidebar } = await planOn('ehr/plain.html');
    expect(await sidebar.checked('Explored', /^The person/)).toBe(true);
    expect(await sidebar.value('textbox', 'In their own words')).toBe(WORDS);
    await page.screenshot({ path: `${SHOTS}/e2e-firefox-sidebar.png` });

    // Reloaded beside the record of an unfinished session, Coplan opens again by itself (issue 18).
    await page.reload();
    const again = await openFirefoxSidebar(coplan, page, { byItself: true });
    await again.waitFor('text', /Session: FF ehr\/plain.html/);
    expect(await again.value('textbox', 'In their own words')).toBe(WORDS);
    expect(await again.checked('Explored', /^The person/)).toBe(true);

    await insertInto(again, 'Care plan');
    const value = await page.$eval('#plan', (el) => (el as HTMLTextAreaElement).value);
    expect(value).toContain('Co-produced care plan discussion');
    expect(value).toContain(WORDS);
    await page.screenshot({ path: `${SHOTS}/e2e-firefox-inserted.png` });
    await page.close();
  });

  it('inserts into a React-controlled field so the page’s own state holds it', async () => {
    const { page, sidebar } = await planOn('ehr/react-like.html');
    await insertInto(sidebar, 'Care plan (React)');
    const state = await page.evaluate(() => (window as unknown as { __reactState(): string }).__reactState());
    expect(state).toContain(WORDS);
    await page.close();
  });

  it('inserts into a contenteditable editor that keeps its own model', async () => {
    const { page, sidebar } = await planOn('ehr/editor.html');
    await insertInto(sidebar, 'Care plan editor');
    const model = await page.evaluate(() => (window as unknown as { __editorModel(): string }).__editorModel());
    expect(model).toContain(WORDS);
    await page.close();
  });
});

describe('Coplan in Firefox ESR, against pages that should see nothing', () => {
  const MARKER = 'HOSTILE-MARKER-4482';

  it('gives a hostile EHR page nothing typed in the sidebar, and its floods change nothing', async () => {
    const page = await coplan.open('ehr/hostile.html');
    const sidebar = await openFirefoxSidebar(coplan, page);
    await startSession(sidebar, 'Hostile');
    await sidebar.type('In their own words', MARKER);
    await sidebar.type('Note', MARKER);
    await page.evaluate(() => (window as unknown as { __attack(): unknown }).__attack());
    await new Promise((done) => setTimeout(done, 300));
    const loot = await page.evaluate(() => (window as unknown as { __loot: string[] }).__loot);
    expect(loot.filter((entry) => entry.includes(MARKER))).toEqual([]);
    expect(loot.some((entry) => entry.startsWith('reply:') && entry.includes('true'))).toBe(false);
    await sidebar.press('radio', 'Explored', /^Faith/);
    expect(await sidebar.checked('Explored', /^Faith/)).toBe(true);
    expect(await page.$eval('#plan', (el) => (el as HTMLTextAreaElement).value)).toBe('');
    await page.close();
  });

  it('shows a site Coplan does not run on that frames the sidebar page only that Coplan is not available', async () => {
    // Served as localhost, a host the test build holds no permission for: Firefox's frame has no
    // ancestorOrigins and no permissions API, so this is the background's answer.
    const page = await coplan.open(coplan.url(`ehr/frames-coplan.html?scheme=moz-extension&id=${FIREFOX_UUID}`).replace('127.0.0.1', 'localhost'));
    const watcher = await coplan.rdp.watchTab(page.url());
    await watcher.watchFrames();
    const frame = await watcher.frame((url) => url.includes('/sidebar.html'));
    const framed = new FirefoxSidebar(coplan.rdp, page, frame);
    await framed.waitFor('heading', 'Coplan is not available here');
    expect(await framed.shows('radio', /./)).toBe(false);
    expect(await framed.shows('text', /Hostile|FF ehr/)).toBe(false);
    await page.close();
  });
});
