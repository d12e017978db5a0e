import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

// Debian's /usr/bin/chromium wrapper exports Google API keys (/etc/chromium.d), which switch on the
// browser's own Google services; the binary behind it runs without them.
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | undefined {
  return CANDIDATES.find((path): path is string => !!path && existsSync(path));
}

/** Finds Chromium, installing Debian's package when running as root on Debian; otherwise says how. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian’s chromium package (about 30 s)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'Chromium was not found. On Debian or Ubuntu run: sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

/**
 * Playwright disables ThirdPartyStoragePartitioning among its defaults; with that default the
 * sidebar frame's IndexedDB is refused. Read Playwright's own list so the rest stays as it is.
 */
function playwrightDisabledFeatures(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const source = readFileSync(join(root, 'lib/coreBundle.js'), 'utf8');
  const block = /disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(source)?.[1];
  if (!block) throw new Error('Could not read Playwright’s disabled Chromium features; check the playwright-core version.');
  return [...block.replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * Where Chromium calls home by itself, each service's address pointed at a closed loopback port
 * (port 9, discard) or switched off. Playwright already passes --disable-background-networking and
 * --disable-component-update, yet Chromium 156 still checked in for messaging
 * (android.clients.google.com), fetched components (update.googleapis.com) and asked for accounts
 * (accounts.google.com); with these switches a 90-second idle run made no outside request at all.
 */
const QUIET_BROWSER = 'http://127.0.0.1:9';
export const BROWSER_SERVICE_SWITCHES = [
  `--gcm-checkin-url=${QUIET_BROWSER}/gcm-checkin`,
  `--gcm-registration-url=${QUIET_BROWSER}/gcm-registration`,
  '--gcm-mcs-endpoint=127.0.0.1:9',
  `--component-updater=url-source=${QUIET_BROWSER}/component-updater`,
  `--gaia-url=${QUIET_BROWSER}/`,
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-background-networking',
  '--disable-component-update',
];

export interface LaunchOptions {
  extensionPath: string;
  headless: boolean;
  viewport?: { width: number; height: number } | null;
  /** The profile folder; a new empty one when not given. Reusing one is a browser restart. */
  profile?: string;
  /** Other unpacked extensions to load beside it (a test's stand-in for another installed extension). */
  otherExtensions?: string[];
}

/** Chromium with the built extension loaded, in a new empty profile unless one is given. */
export async function launchWithExtension(options: LaunchOptions): Promise<BrowserContext> {
  const disabled = playwrightDisabledFeatures();
  const ours = [...disabled.filter((f) => f !== 'ThirdPartyStoragePartitioning'), 'AutofillServerCommunication'];
  const extensions = [options.extensionPath, ...(options.otherExtensions ?? [])].join(',');
  const args = [
    `--disable-extensions-except=${extensions}`,
    `--load-extension=${extensions}`,
    `--disable-features=${ours.join(',')}`,
    '--disable-sync',
    '--disable-quic',
    '--no-sandbox',
    '--disable-gpu',
    ...BROWSER_SERVICE_SWITCHES,
  ];
  return chromium.launchPersistentContext(options.profile ?? mkdtempSync(join(tmpdir(), 'coplan-profile-')), {
    executablePath: ensureChromium(),
    headless: options.headless,
    args,
    ignoreDefaultArgs: ['--disable-extensions', `--disable-features=${disabled.join(',')}`],
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
  });
}

/** The extension's id, read from its service worker's address. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}
