import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { Coplan } from './coplan';

/**
 * Chromium's real side panel, opened as the toolbar button opens it. Playwright does not attach to
 * side-panel pages, though CDP lists them as targets: so the test attaches through a page's CDP
 * session and speaks to the panel with CDP's own commands (clicks are real mouse events).
 */
export interface SidePanel {
  /** Runs an expression in the panel's page and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Everything in the panel's DOM: its markup and what every field holds. */
  everything(): Promise<string>;
  /** Waits until an expression is true in the panel. */
  until(expression: string, what: string): Promise<void>;
  /** Clicks the middle of the first element matching a CSS selector, with the mouse. */
  click(selector: string): Promise<void>;
  /** Clicks a field until it has focus: the sidebar draws its later sections a frame at a time, which can move it. */
  clickInto(selector: string): Promise<void>;
  /** Types as a keyboard does, into whatever has focus. */
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
}

interface Reply {
  id?: number;
  result?: { result?: { value?: unknown }; data?: string };
  error?: { message: string };
}

/**
 * Opens the side panel beside whichever tab is active: `sidePanel.open` needs a user gesture, so a
 * button on an extension page calls it and the test clicks that button as a person would.
 */
export async function openSidePanel(coplan: Coplan): Promise<SidePanel> {
  const opener = await coplan.context.newPage();
  await opener.goto(`chrome-extension://${coplan.id}/options.html`);
  await opener.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'test-open-panel';
    button.textContent = 'Open the side panel';
    const api = (globalThis as unknown as { chrome: { windows: { getCurrent(): Promise<{ id: number }> }; sidePanel: { open(o: { windowId: number }): Promise<void> } } }).chrome;
    button.onclick = () => void api.windows.getCurrent().then((w) => api.sidePanel.open({ windowId: w.id }));
    document.body.prepend(button);
  });
  await opener.click('#test-open-panel');
  const cdp = await coplan.context.newCDPSession(opener);
  const targetId = await panelTarget(cdp, coplan.id);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const panel = panelOver(cdp, sessionId);
  await panel.until(`document.querySelector('.session-bar, .app__header')`, 'the sidebar app');
  return panel;
}

/**
 * Makes `tab` the active tab and waits until the panel has followed it: a change of tab the panel
 * took up after this began (its 'coplan:tab-changed' mark), and no check of the record still
 * running. Waiting for a control alone can be fooled by the same control drawn beside the tab
 * before, which the panel then takes away to check the new one.
 */
export async function bringBeside(panel: SidePanel, tab: Page): Promise<void> {
  const before = await panel.evaluate<number>('performance.now()');
  await tab.bringToFront();
  await panel.until(
    `performance.getEntriesByName('coplan:tab-changed').some((mark) => mark.startTime > ${before}) && !document.body.innerText.includes('Checking whose record')`,
    'itself follow the tab brought to the front',
  );
}

async function panelTarget(cdp: CDPSession, id: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const panel = targetInfos.find((t) => t.type === 'page' && t.url === `chrome-extension://${id}/sidepanel.html`);
    if (panel) return panel.targetId;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The side panel did not open');
}

/** A page of the browser's that Playwright does not attach to (the side panel, a frame it lost track of), driven over CDP. */
export function panelOver(cdp: CDPSession, sessionId: string): SidePanel {
  let last = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<Reply>((done, fail) => {
      const id = ++last;
      waiting.set(id, (reply) => (reply.error ? fail(new Error(`${method}: ${reply.error.message}`)) : done(reply)));
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(fail);
    });
  const evaluate = async <T>(expression: string) =>
    (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result?.result?.value as T;
  const panel: SidePanel = {
    evaluate,
    everything: () =>
      evaluate<string>(
        `document.documentElement.outerHTML + [...document.querySelectorAll('textarea, input')].map((el) => el.value).join('\\n')`,
      ),
    async until(expression, what) {
      for (let i = 0; i < 200; i++) {
        if (await evaluate<boolean>(`!!(${expression})`)) return;
        await new Promise((done) => setTimeout(done, 100));
      }
      throw new Error(`The side panel never showed ${what}`);
    },
    async click(selector) {
      const box = await evaluate<{ x: number; y: number } | null>(
        `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null; el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
      );
      if (!box) throw new Error(`Nothing in the side panel matches ${selector}`);
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
      }
    },
    async clickInto(selector) {
      for (let i = 0; i < 20; i++) {
        await panel.click(selector);
        if (await evaluate<boolean>(`document.activeElement === document.querySelector(${JSON.stringify(selector)})`)) return;
        await new Promise((done) => setTimeout(done, 200));
      }
      throw new Error(`Clicking ${selector} in the side panel never gave it focus`);
    },
    async type(text) {
      await send('Input.insertText', { text });
    },
    async screenshot(path) {
      const shot = await send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(path, Buffer.from(shot.result?.data ?? '', 'base64'));
    },
  };
  return panel;
}
