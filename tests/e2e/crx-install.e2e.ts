import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_SERVICE_SWITCHES, ensureChromium } from '../../scripts/chromium';
import { extensionIdFor, updateManifest } from '../../scripts/crx';
import { holdPolicyLock, writePolicyFile } from './support/policy';

/*
 * Coplan deployed as a trust deploys it to Chrome and Edge: the CRX that `npm run package` signed
 * (with a throwaway key in tests), hosted with an update manifest, and force-installed by a real
 * ExtensionInstallForcelist policy. Managed policy reaches every Chromium on the machine, so the
 * file lives only from just before the browser starts until the launcher is seen, under the
 * machine-wide policy lock.
 */
const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const crxPath = resolve(root, `.output/coplan-${version}.crx`);
const keyPath = resolve(root, '.output/throwaway-test-key.pem');

let server: Server;
let base: string;
let requests: string[] = [];
beforeAll(async () => {
  if (!existsSync(crxPath) || !existsSync(keyPath)) throw new Error('No test CRX: run `npm run build:test`, which packages with a throwaway key.');
  const id = extensionIdFor(readFileSync(keyPath, 'utf8'));
  const page = readFileSync(resolve(root, 'tests/fixtures/ehr/plain.html'));
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/updates.xml') return void res.writeHead(200, { 'content-type': 'text/xml' }).end(updateManifest(id, version, `${base}/coplan.crx`));
    if (path === '/coplan.crx') return void res.writeHead(200, { 'content-type': 'application/x-chrome-extension' }).end(readFileSync(crxPath));
    if (path === '/ehr/plain.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    res.writeHead(404).end();
  });
  server.on('connection', (socket) => socket.on('error', () => undefined));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

/** Chromium as a trust's machine runs it: no extension loaded by hand, extension updates allowed. */
function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'coplan-crx-profile-')), {
    executablePath: ensureChromium(),
    headless: true,
    // Playwright turns extensions and background networking (which fetches force-installed
    // extensions) off by default; a managed machine has both.
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-extensions-with-background-pages'],
    args: ['--no-sandbox', '--disable-gpu', '--disable-sync', ...BROWSER_SERVICE_SWITCHES.filter((s) => s !== '--disable-background-networking')],
  });
}

/** Whether chrome://extensions-internals lists Coplan's id as downloaded and enabled by policy. */
async function installedByPolicy(page: Page, id: string): Promise<boolean> {
  await page.goto('chrome://extensions-internals');
  const listed = JSON.parse(await page.locator('pre').innerText()) as { id: string; location: string; registry_status: string }[];
  return listed.some((e) => e.id === id && e.location === 'EXTERNAL_POLICY_DOWNLOAD' && e.registry_status === 'ENABLED');
}

/** Finds "Open Coplan" in the page's accessibility tree, which holds it whether its shadow root is open or closed. */
async function launcherShown(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string } }[] };
  await cdp.detach();
  return nodes.some((node) => node.role?.value === 'button' && node.name?.value === 'Open Coplan');
}

describe('Coplan force-installed by Chromium policy', () => {
  it('installs the signed CRX from the update manifest and shows the launcher on an EHR page', async () => {
    const id = extensionIdFor(readFileSync(keyPath, 'utf8'));
    const release = await holdPolicyLock();
    let removePolicy: (() => void) | undefined;
    let context: BrowserContext | undefined;
    try {
      removePolicy = writePolicyFile('coplan-e2e-forcelist', { ExtensionInstallForcelist: [`${id};${base}/updates.xml`] });
      context = await launch();
      const page = await context.newPage();
      // Installed from the trust's server by policy, with the id the trust's key gives it.
      await expect.poll(() => installedByPolicy(page, id), { timeout: 45_000, interval: 500 }).toBe(true);
      await page.goto(`${base}/ehr/plain.html`);
      await expect.poll(() => launcherShown(page), { timeout: 20_000, interval: 250 }).toBe(true);
      await page.screenshot({ path: resolve(root, 'demo-output/e2e-crx-force-installed.png') });
    } finally {
      removePolicy?.();
      release();
      await context?.close();
    }
    // Chromium fetched the manifest and the package from the trust's server, and the page from its EHR.
    expect(requests).toEqual(expect.arrayContaining(['/coplan.crx', '/ehr/plain.html']));
    expect(requests.some((r) => r.startsWith('/updates.xml'))).toBe(true);
  }, 120_000);
});
