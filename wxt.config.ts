import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { parseSiteList } from './core/sites/admit';
import { contentPlugin } from './scripts/content-plugin';
import { sidebarChunks } from './scripts/sidebar-chunks';

// A trust packages its build for its own EHR sites; tests build for 127.0.0.1.
const sites = parseSiteList(process.env.COPLAN_SITES);
const LOOPBACK_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // No preload helper around lazy imports: for each one it looked up and added <link rel=modulepreload>
  // elements in the page, and the sidebar's first effects start lazy imports, so that DOM work ran
  // before the sidebar was interactive (issue 20, measured in a trace: about 40 ms of a later open on a
  // loaded machine). Extension files come from disk, so a lazy chunk fetching its own imports costs little.
  vite: () => ({ plugins: [preact(), contentPlugin()], build: { modulePreload: false } }),
  manifest: ({ browser }) => ({
    name: 'Coplan',
    description: 'Co-produce culturally capable care plans with the person, beside the health record.',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    host_permissions: sites,
    // Sites an admin adds later are asked for at run time, never granted up front; plain http://
    // only on this computer (core/sites/patterns.ts).
    optional_host_permissions: ['https://*/*', ...LOOPBACK_PATTERNS],
    // Enterprise policy (issue 6). Firefox takes policy from policies.json without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // Sites from policy and the options page are only known at run time, so the frame must be
    // loadable on any site; the sidebar itself refuses to work on a page Coplan has no permission
    // for (entrypoints/sidebar/embedder.ts), so another site framing it gets nothing.
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: ['https://*/*', ...LOOPBACK_PATTERNS] }],
    // No web page and no other extension may message Coplan (issue 17): without this key Chrome
    // lets every other extension connect. Firefox has no such key and lets none connect.
    ...(browser === 'chrome' ? { externally_connectable: { ids: [], matches: [] } } : {}),
    // No remote code and no eval: only the extension's own scripts run in its pages. Nothing in
    // them fetches (content comes in with the scripts), so no connection at all, no form posts
    // anywhere, and the one HTML sink (guidance, through DOMPurify) takes Trusted Types only:
    // a page's script smuggled in cannot send a draft away (issue 17).
    content_security_policy: {
      extension_pages: [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "connect-src 'none'",
        "form-action 'none'",
        "img-src 'self' data: blob:",
        "require-trusted-types-for 'script'",
        'trusted-types dompurify',
      ].join('; '),
    },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Open or close the Coplan sidebar',
      },
    },
    action: { default_title: 'Coplan' },
    browser_specific_settings: {
      gecko: {
        id: 'coplan@coplan.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  hooks: {
    // Fewer, larger files for the sidebar's first load (scripts/sidebar-chunks.ts). Only in the
    // extension pages' build: the background and content script are single files already.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'sidebar')) return;
      const rolldown = ((config.build ??= {}).rolldownOptions ??= {});
      rolldown.output = { ...rolldown.output, codeSplitting: { groups: [{ name: sidebarChunks(import.meta.dirname) }] } };
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // Content script matches come from the build's sites, not from the source file.
      if (!sites.length) delete manifest.content_scripts;
      else for (const script of manifest.content_scripts ?? []) script.matches = sites;
    },
  },
});
