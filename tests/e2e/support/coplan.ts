import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Frame, Page, Request } from 'playwright-core';
import { extensionId, launchWithExtension } from '../../../scripts/chromium';
import { clickCoplan, countCoplan, sidebarFrameElement, sidebarShown } from './coplan-controls';
import { startFixtureServer } from './servers';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

function assertTestBuild(extensionPath: string): void {
  const manifest = resolve(extensionPath, 'manifest.json');
  if (!existsSync(manifest)) throw new Error('No build found: run `npm run build:test` first.');
  const { host_permissions = [] } = JSON.parse(readFileSync(manifest, 'utf8')) as { host_permissions?: string[] };
  if (!host_permissions.includes('http://127.0.0.1/*')) {
    throw new Error('The build is not for 127.0.0.1: run `npm run build:test` (COPLAN_SITES="http://127.0.0.1/*").');
  }
}

export interface Coplan {
  context: BrowserContext;
  id: string;
  /** Address of a page under tests/fixtures on the local server. */
  url(path: string): string;
  /**
   * Every request a page, frame or service worker (the extension's included) sent anywhere but the
   * fixture server or the extension, each with who sent it.
   */
  outsideRequests(): string[];
  /** Console lines from every page and frame, to check no clinical text is logged. */
  consoleLines: string[];
  /** Closes the browser and fails if any request went outside the machine. */
  close(): Promise<void>;
  /** Closes the browser and starts it again on the same profile, as a clinician's restart does; `context` is the new one. */
  restart(): Promise<void>;
}

export interface StartOptions {
  /** The built extension to load; a copy elsewhere has an id of its own (tests/e2e/support/policy.ts). */
  extensionPath?: string;
  /** Other unpacked extensions installed beside Coplan; none may have a service worker (Coplan's id is read from the only one). */
  otherExtensions?: string[];
}

export async function startCoplan({ extensionPath = EXTENSION_PATH, otherExtensions }: StartOptions = {}): Promise<Coplan> {
  assertTestBuild(extensionPath);
  const fixtures = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'coplan-profile-'));
  const requests: Request[] = [];
  const consoleLines: string[] = [];
  const launch = async () => {
    const context = await launchWithExtension({ extensionPath, headless: true, profile, otherExtensions });
    // A step that cannot happen fails with its own message well before the test's own timeout.
    context.setDefaultTimeout(20_000);
    // Playwright reports requests per target: pages, their frames (the sidebar's extension frame
    // too) and service workers (the extension's background). What Chromium fetches for itself
    // belongs to no target, so it is not counted (tests/e2e/no-network.e2e.ts proves a leak is).
    context.on('request', (request) => requests.push(request));
    context.on('console', (message) => consoleLines.push(message.text()));
    return context;
  };
  const context = await launch();
  const id = await extensionId(context);
  const local = `http://127.0.0.1:${fixtures.port}/`;
  // The same server under the name "localhost" stands in for a site Coplan does not run on.
  const allowed = (url: string) =>
    url.startsWith(local) ||
    url.startsWith(local.replace('127.0.0.1', 'localhost')) ||
    url.startsWith(`chrome-extension://${id}/`) ||
    // Another extension a test installed serves its pages from inside the browser too.
    (!!otherExtensions?.length && url.startsWith('chrome-extension://')) ||
    url.startsWith('data:') ||
    // The browser's own pages (chrome://extensions) are served from inside it, never the network.
    url.startsWith('chrome://') ||
    url === 'about:blank';
  const outsideRequests = () => requests.filter((r) => !allowed(r.url())).map((r) => `${r.url()} (from ${sender(r)})`);
  const coplan: Coplan = {
    context,
    id,
    url: (path) => local + path,
    outsideRequests,
    consoleLines,
    // Every end-to-end file closes here, so every one of them proves Coplan made no outside request.
    close: async () => {
      await coplan.context.close();
      await fixtures.close();
      const outside = outsideRequests();
      if (outside.length) throw new Error(`Requests to outside the machine were made during the test: ${outside.join(', ')}`);
    },
    restart: async () => {
      await coplan.context.close();
      coplan.context = await launch();
      await extensionId(coplan.context);
    },
  };
  return coplan;
}

/** Which target sent a request: the service worker's or the frame's address. */
function sender(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return `frame ${request.frame().url()}`;
  } catch {
    return 'a target that has closed';
  }
}

/**
 * Opens the sidebar the way a clinician does and returns its frame once the prompts are usable.
 * After a reload beside a record with an unfinished session Coplan opens by itself (issue 18), and
 * the clinician clicks nothing; a click that races that opening does no harm.
 */
export async function openSidebar(page: Page, extension: string): Promise<Frame> {
  const until = Date.now() + 20_000;
  while (!(await sidebarShown(page))) {
    if ((await countCoplan(page, 'button', 'Open Coplan')) > 0) {
      // The launcher can go between seeing it and clicking it, when Coplan opens itself: look again then.
      const clicked = await clickCoplan(page, 'button', 'Open Coplan', 2_000).then(() => true, () => false);
      if (clicked) break;
    }
    if (Date.now() > until) throw new Error('Neither the launcher nor the sidebar appeared');
    await page.waitForTimeout(100);
  }
  return usableSidebar(page, extension);
}

/**
 * Waits until the page has drawn two frames since the sidebar appeared, as a person's eye would.
 * With one core busy, a click straight after a reload's reopen reached nothing in the sidebar (CI
 * failed at random on it): logged in the frame, no pointer event at all, only a focusin, as if the
 * page, not yet drawn with the panel, took the click on the frame element. Inferred, not proven;
 * with this wait, 14 runs of the file beside a busy core passed, where 3 of 11 failed before.
 */
async function pageDrawn(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((drawn) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(drawn)))));
}

/** The sidebar Coplan opened by itself (after a reload, on a record with an unfinished session), once usable. */
export async function usableSidebar(page: Page, extension: string): Promise<Frame> {
  const frame = await (await sidebarFrameElement(page)).contentFrame();
  await frame?.getByRole('heading', { level: 2 }).first().waitFor();
  if (!frame || !frame.url().startsWith(`chrome-extension://${extension}/`)) throw new Error('The Coplan frame is not the extension’s page');
  await pageDrawn(page);
  return frame;
}
