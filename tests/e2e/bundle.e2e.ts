import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../bench/bundle-sizes';

const OUT = resolve(import.meta.dirname, '../../.output');
const BUILDS = ['chrome-mv3', 'firefox-mv3'];

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}
const manifest = (build: string) => JSON.parse(readFileSync(join(OUT, build, 'manifest.json'), 'utf8'));

describe('the built extension', () => {
  it.each(BUILDS)('runs no string as code in the %s build (no eval, no new Function)', (build) => {
    const offenders = scripts(join(OUT, build)).filter((file) => /\beval\(|new Function\(/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it.each(BUILDS)('allows only its own scripts, no connections, no form posts and Trusted Types only in the %s content security policy', (build) => {
    const csp: string = manifest(build).content_security_policy.extension_pages;
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(Object.fromEntries(directives)).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'connect-src': "'none'",
      'form-action': "'none'",
      'require-trusted-types-for': "'script'",
      'trusted-types': 'dompurify',
    });
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('asks for the least permissions it needs', () => {
    const chrome = manifest('chrome-mv3');
    expect(chrome.permissions.sort()).toEqual(['alarms', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(chrome.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(chrome.web_accessible_resources).toEqual([{ resources: ['sidebar.html'], matches: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'] }]);
  });

  it('lets no web page and no other extension message it (externally_connectable empty in Chrome, issue 17)', () => {
    expect(manifest('chrome-mv3').externally_connectable).toEqual({ ids: [], matches: [] });
    expect(manifest('firefox-mv3').externally_connectable).toBeUndefined();
  });

  it('opens the same sidebar app in Chrome’s side panel and Firefox’s sidebar', () => {
    expect(manifest('chrome-mv3').side_panel.default_path).toBe('sidepanel.html');
    expect(manifest('firefox-mv3').sidebar_action.default_panel).toBe('sidepanel.html');
    const panel = readFileSync(join(OUT, 'chrome-mv3/sidepanel.html'), 'utf8');
    const frame = readFileSync(join(OUT, 'chrome-mv3/sidebar.html'), 'utf8');
    const entry = (html: string) => /<script[^>]*src="([^"]+)"/.exec(html)?.[1];
    expect(entry(panel)).toBe(entry(frame));
  });

  it('declares that it collects no data, for Firefox', () => {
    expect(manifest('firefox-mv3').browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  // Sizes are exact, unlike timings, so their budgets can be held in the test suite itself.
  it('keeps the content script and the sidebar’s first load within their size budgets', () => {
    for (const size of bundleSizes(join(OUT, 'chrome-mv3'))) expect(size.value, size.id).toBeLessThanOrEqual(size.budget);
  });
});
