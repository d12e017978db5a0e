import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { RdpClient, type FrameTarget, type Watcher } from './firefox-rdp';
import { startFixtureServer } from './servers';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const root = resolve(import.meta.dirname, '../../..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
/** The XPI as `npm run package` ships it (unsigned here, so Firefox takes it as a temporary add-on). */
export const FIREFOX_XPI = resolve(root, `.output/coplan-${version}.xpi`);
const ADDON_ID = 'coplan@coplan.invalid';
/** A fixed internal address for the add-on, so a test page can frame it as an attacker would. */
export const FIREFOX_UUID = '0c0e0a00-0000-4000-8000-000000000021';
export const SHOTS = resolve(root, 'demo-output');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

export interface FirefoxCoplan {
  browser: Browser;
  rdp: RdpClient;
  /** The debugger's watchers; their network events count in the no-network check. */
  watchers: Watcher[];
  url(path: string): string;
  /** Opens a fixture page (a path under tests/fixtures, or a full address) in a new tab at a small laptop's size. */
  open(path: string): Promise<Page>;
  /** Every request that went anywhere but the fixture server or the extension. */
  outsideRequests(): string[];
  /** Closes Firefox and fails if any request left the machine. */
  close(): Promise<void>;
}

/**
 * Firefox ESR with Coplan installed from `extension` (the unpacked build, or the XPI as shipped),
 * driven over WebDriver BiDi for pages and the remote debugging protocol for extension frames.
 */
export async function startFirefox(extension = FIREFOX_XPI): Promise<FirefoxCoplan> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: run \`apt-get install -y firefox-esr\` (or set FIREFOX_PATH).`);
  if (!existsSync(extension)) throw new Error(`No Firefox package at ${extension}: run \`npm run build:test\` first.`);
  mkdirSync(SHOTS, { recursive: true });
  const fixtures = await startFixtureServer();
  const rdpPort = await freePort();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--start-debugger-server', String(rdpPort)],
    extraPrefsFirefox: {
      'devtools.debugger.remote-enabled': true,
      'devtools.chrome.enabled': true,
      'devtools.debugger.prompt-connection': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_UUID }),
    },
  });
  const pageRequests: string[] = [];
  const watchers: Watcher[] = [];
  try {
    await browser.installExtension(extension);
    const rdp = await RdpClient.connect(rdpPort);
    // The background and the Firefox sidebar panel: BiDi does not see extension contexts.
    const addon = await rdp.watchAddon(ADDON_ID);
    await addon.watchNetwork();
    watchers.push(addon);
    const local = `http://127.0.0.1:${fixtures.port}/`;
    const allowed = (url: string) =>
      url.startsWith(local) ||
      url.startsWith(local.replace('127.0.0.1', 'localhost')) ||
      url.startsWith(`moz-extension://${FIREFOX_UUID}/`) ||
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      url.startsWith('about:');
    const outsideRequests = () => [...pageRequests, ...watchers.flatMap((w) => w.requests())].filter((u) => !allowed(u));
    return {
      browser,
      rdp,
      watchers,
      url: (path) => local + path,
      async open(path) {
        const page = await browser.newPage();
        page.setDefaultTimeout(20_000);
        page.on('request', (request: HTTPRequest) => void pageRequests.push(request.url()));
        await page.setViewport({ width: 1280, height: 720 });
        await page.goto(/^https?:/.test(path) ? path : local + path);
        return page;
      },
      outsideRequests,
      async close() {
        rdp.close();
        await closeFirefox(browser);
        await fixtures.close();
        const outside = outsideRequests();
        if (outside.length) throw new Error(`Requests left the machine during the test: ${outside.join(', ')}`);
      },
    };
  } catch (error) {
    await closeFirefox(browser);
    await fixtures.close();
    throw error;
  }
}

const groupAlive = (group: number) => {
  try {
    return process.kill(-group, 0);
  } catch {
    return false;
  }
};

/**
 * Closes Firefox and waits until every process it started has gone. Puppeteer returns once the main
 * process exits, but its fork server, socket, media and utility processes (its process group) lived
 * on, orphaned, into whatever ran next: `npm run bench`'s next stage timed its renders while they
 * shut down. Any still there after a few seconds are killed.
 */
async function closeFirefox(browser: Browser): Promise<void> {
  const group = browser.process()?.pid;
  await browser.close();
  if (group === undefined) return;
  const began = Date.now();
  while (groupAlive(group) && Date.now() - began < 5_000) await new Promise((resolve) => setTimeout(resolve, 20));
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // Gone between the last look and now: nothing left to stop.
  }
}

/** Presses Tab until the focus is on Coplan's launcher (the content script's host element). */
async function tabToLauncher(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'coplan-sidebar')) return;
  }
  throw new Error('Tab never reached the Coplan launcher');
}

/**
 * Opens the sidebar the way a keyboard user does (Tab to "Open Coplan", Enter) and returns a
 * handle on its frame once the prompts are up.
 */
export async function openFirefoxSidebar(coplan: FirefoxCoplan, page: Page, { byItself = false } = {}): Promise<FirefoxSidebar> {
  // A watcher of its own for each opening: after a reload the old frame is gone, so the only
  // sidebar frame this watcher can see is the one Enter opens (or Coplan opened by itself after a
  // reload on a record with an unfinished session: issue 18).
  const watcher = await coplan.rdp.watchTab(page.url());
  await watcher.watchFrames();
  await watcher.watchNetwork();
  coplan.watchers.push(watcher);
  if (!byItself) {
    await tabToLauncher(page);
    await page.keyboard.press('Enter');
  }
  const target = await watcher.frame((url) => url.startsWith(`moz-extension://${FIREFOX_UUID}/sidebar.html`));
  const sidebar = new FirefoxSidebar(coplan.rdp, page, target);
  await sidebar.waitFor('heading', /./);
  return sidebar;
}

export type Name = string | RegExp;
const asSource = (name: Name) => (typeof name === 'string' ? { text: name } : { source: name.source, flags: name.flags });

/*
 * Runs in the sidebar frame: finds a visible element by role and accessible name, the way a
 * screen reader user would name it (aria-labelledby, aria-label, <label>, then its text), inside
 * an optional region. Kept as source text because it is evaluated in Firefox, not here.
 */
const FINDER = `(role, name, within) => {
  const ROLES = { button: 'button,[role=button]', textbox: 'textarea,input:not([type]),input[type=text],input[type=search]', radio: 'input[type=radio]', combobox: 'select', region: 'section,[role=region]', heading: 'h1,h2,h3,h4,h5,h6', text: '*' };
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const aria = el.getAttribute('aria-label');
    if (aria) return aria;
    const label = (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]')) || el.closest('label');
    if (label && el.matches('input,textarea,select')) return label.textContent ?? '';
    return el.textContent ?? '';
  };
  // A name in quotes matches exactly, or failing that as part of a longer name (a label holding a hint).
  const clean = (text) => text.replace(/\\s+/g, ' ').trim();
  const matches = (text, n, exact) => (n.text !== undefined ? (exact ? clean(text) === n.text : clean(text).includes(n.text)) : new RegExp(n.source, n.flags).test(clean(text)));
  const visible = (el) => el.getClientRects().length > 0;
  const find = (scope, r, n) => {
    // For bare text, the innermost element holding it.
    const all = [...scope.querySelectorAll(ROLES[r])].filter(visible).sort((a, b) => (r === 'text' ? a.textContent.length - b.textContent.length : 0));
    const exact = all.filter((el) => matches(nameOf(el), n, true));
    return exact.length ? exact : all.filter((el) => matches(nameOf(el), n, false));
  };
  const scope = within ? find(document, 'region', within)[0] : document;
  return scope ? find(scope, role, name)[0] : undefined;
}`;

/** The sidebar frame in a Firefox tab: found by role and name, used with the real keyboard. */
export class FirefoxSidebar {
  constructor(
    private readonly rdp: RdpClient,
    readonly page: Page,
    readonly target: FrameTarget,
  ) {}

  /** Evaluates a function of the found element (`el`) in the frame. */
  private async withElement<T>(role: string, name: Name, body: string, within?: Name): Promise<T | undefined> {
    const expression = `(() => { const el = (${FINDER})(${JSON.stringify(role)}, ${JSON.stringify(asSource(name))}, ${within ? JSON.stringify(asSource(within)) : 'undefined'}); if (!el) return null; ${body} })()`;
    return (await this.rdp.evaluate<T | null>(this.target, expression)) ?? undefined;
  }

  /** Evaluates an expression in the frame until it gives something other than null. */
  async evaluateUntil<T>(expression: string, timeout = 20_000): Promise<T> {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await this.rdp.evaluate<T | null>(this.target, expression);
      if (value !== null && value !== undefined) return value;
      if (Date.now() > until) throw new Error('The sidebar never gave an answer');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Whether an element with the role and name is shown now. */
  async shows(role: string, name: Name, within?: Name): Promise<boolean> {
    return !!(await this.withElement<boolean>(role, name, 'return true;', within));
  }

  /** Waits until an element with the role and name is shown. */
  async waitFor(role: string, name: Name, within?: Name, timeout = 20_000): Promise<void> {
    await this.until(role, name, 'return true;', within, timeout);
  }

  /** Waits until the element is there and `body` (a function of `el`) returns true. */
  private async until(role: string, name: Name, body: string, within?: Name, timeout = 20_000): Promise<void> {
    const until = Date.now() + timeout;
    while (!(await this.withElement<boolean>(role, name, body, within))) {
      if (Date.now() > until) throw new Error(`The sidebar never showed ${role} ${String(name)}${body === 'return true;' ? '' : ' ready'}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * Moves the focus to the element, as Tab would. The keyboard, not the mouse, then acts on it:
   * Firefox's headless screenshots and mouse hit-testing lag behind a scroll inside the frame.
   */
  async focus(role: string, name: Name, within?: Name): Promise<void> {
    await this.waitFor(role, name, within);
    const focused = await this.withElement<boolean>(role, name, `el.scrollIntoView({ block: 'center', behavior: 'instant' }); el.focus({ focusVisible: true }); return document.activeElement === el && document.hasFocus();`, within);
    if (!focused) throw new Error(`The focus did not move to ${role} ${String(name)}`);
  }

  /** Activates a button (Enter) or checks a radio button (Space) from the keyboard. */
  async press(role: 'button' | 'radio', name: Name, within?: Name): Promise<void> {
    await this.focus(role, name, within);
    // A held button (issue 17) does nothing until the sidebar has been seen long enough; a person
    // waits until it looks available, as Playwright's click waits for aria-disabled to clear.
    await this.until(role, name, `return el.getAttribute('aria-disabled') !== 'true';`, within);
    await this.page.keyboard.press(role === 'radio' ? ' ' : 'Enter');
  }

  /** Types into a text field, key by key. */
  async type(name: Name, text: string): Promise<void> {
    await this.focus('textbox', name);
    await this.page.keyboard.type(text);
  }

  /** A text field's or drop-down's value. */
  async value(role: 'textbox' | 'combobox', name: Name, within?: Name): Promise<string | undefined> {
    await this.waitFor(role, name, within);
    return this.withElement<string>(role, name, 'return el.value;', within);
  }

  /** Whether a radio button is checked. */
  async checked(name: Name, within?: Name): Promise<boolean | undefined> {
    await this.waitFor('radio', name, within);
    return this.withElement<boolean>('radio', name, 'return el.checked;', within);
  }

  /** Chooses an option of a drop-down with the keyboard, as a person does once it has focus. */
  async choose(name: Name, option: Name): Promise<void> {
    await this.focus('combobox', name);
    const test = typeof option === 'string' ? (label: string) => label.includes(option) : (label: string) => option.test(label);
    const labels = (await this.withElement<string[]>('combobox', name, 'return [...el.options].map((o) => o.textContent.trim());'))!;
    const wanted = labels.findIndex(test);
    if (wanted < 0) throw new Error(`No option ${String(option)} in ${String(name)}: ${labels.join(' | ')}`);
    await this.page.keyboard.press('Home');
    for (let i = 0; i < wanted; i++) await this.page.keyboard.press('ArrowDown');
  }
}
