import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import wxtConfig from '../../wxt.config';
import { loadBuiltInContent } from '../../scripts/content-loader';
import { contentPlugin } from '../../scripts/content-plugin';

// H-04: every built-in guidance section must carry a reviewed date and at least one named source,
// or the build stops. Each test breaks one section in a copy of the real content/ folder.
const CONTENT = resolve(import.meta.dirname, '../../content');
const SECTION = 'guidance/mha-2025-changes.md';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'coplan-content-'));
  cpSync(CONTENT, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Rewrites one section's file in the copy; fails the test if the edit changed nothing. */
function edit(file: string, change: (text: string) => string) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the edit to ${file} changed nothing`).not.toBe(before);
  writeFileSync(path, after);
}

const REVIEWED = /^reviewed:.*$/m;
const REFERENCES = /^references:\n(?: {2}.*\n)+/m;

/** The loader's error for the copy, or a failure if it loaded. */
function loadError(): string {
  try {
    loadBuiltInContent(root);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the broken content loaded without an error');
}

describe('the build-time review check on built-in guidance', () => {
  it('loads an untouched copy of the built-in content, every section with a reviewed date and a named source', () => {
    const { sections } = loadBuiltInContent(root);
    const files = readdirSync(join(root, 'guidance')).filter((f) => f.endsWith('.md'));
    expect(sections.length).toBe(files.length);
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      expect(section.reviewed, section.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(section.references.length, section.id).toBeGreaterThan(0);
      for (const reference of section.references) {
        expect(reference.title.length, section.id).toBeGreaterThan(0);
        expect(reference.publisher.length, section.id).toBeGreaterThan(0);
      }
    }
  });

  it.each<[string, (text: string) => string]>([
    ['has no reviewed date', (t) => t.replace(/^reviewed:.*\n/m, '')],
    ['has an empty reviewed date', (t) => t.replace(REVIEWED, 'reviewed:')],
    ['has a reviewed date written in words', (t) => t.replace(REVIEWED, 'reviewed: 25 November 2026')],
    ['has a reviewed date that does not exist', (t) => t.replace(REVIEWED, 'reviewed: 2026-02-30')],
    ['has a reviewed date with no day', (t) => t.replace(REVIEWED, 'reviewed: 2026-11')],
  ])('stops on a section that %s, naming the file and the reviewed field', (_, change) => {
    edit(SECTION, change);
    const message = loadError();
    expect(message).toContain(`content/${SECTION}`);
    expect(message).toMatch(/\breviewed\b/);
  });

  it.each<[string, (text: string) => string, string]>([
    ['has no references', (t) => t.replace(REFERENCES, ''), 'references'],
    ['has an empty list of references', (t) => t.replace(REFERENCES, 'references: []\n'), 'references'],
    ['cites a source by address only, with no title or publisher', (t) => t.replace(REFERENCES, 'references:\n  - url: https://www.legislation.gov.uk/\n'), 'references[0].title'],
    ['cites a source with no publisher', (t) => t.replace(REFERENCES, 'references:\n  - title: Mental Health Act 2025\n'), 'references[0].publisher'],
  ])('stops on a section that %s, naming the file and the field', (_, change, field) => {
    edit(SECTION, change);
    const message = loadError();
    expect(message).toContain(`content/${SECTION}`);
    expect(message).toContain(field);
  });

  it('checks every section, not just the first: each one without a reviewed date or references is named', () => {
    const files = readdirSync(join(root, 'guidance')).filter((f) => f.endsWith('.md')).sort();
    for (const name of files) {
      const file = `guidance/${name}`;
      const original = readFileSync(join(root, file), 'utf8');
      edit(file, (t) => t.replace(/^reviewed:.*\n/m, ''));
      expect(loadError()).toContain(`content/${file}`);
      writeFileSync(join(root, file), original);
      edit(file, (t) => t.replace(REFERENCES, ''));
      expect(loadError()).toContain(`content/${file}`);
      writeFileSync(join(root, file), original);
    }
    expect(loadBuiltInContent(root).sections.length).toBe(files.length);
  });

  it('stops the build: the content plugin in wxt.config fails to load a broken section', async () => {
    const config = typeof wxtConfig.vite === 'function' ? await wxtConfig.vite({} as never) : undefined;
    const names = (config?.plugins ?? []).flat().map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : undefined));
    expect(names).toContain('coplan-content');

    const context = { addWatchFile: () => {} };
    const load = (plugin: ReturnType<typeof contentPlugin>) => (plugin.load as (this: unknown, id: string) => unknown).call(context, '\0virtual:coplan/guidance');
    expect(load(contentPlugin(root))).toContain('export default');
    edit(SECTION, (t) => t.replace(/^reviewed:.*\n/m, ''));
    expect(() => load(contentPlugin(root))).toThrow(`content/${SECTION}`);
  });
});
