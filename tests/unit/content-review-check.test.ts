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

  // Issue 15: what a clinical safety officer needs to sign a section off.
  it.each<[string, (text: string) => string, string]>([
    ['cites no source with a web address', (t) => t.replace(/^ {4}url: .*\n/gm, ''), 'https url'],
    ['cites its only address over plain http', (t) => t.replace(/^ {4}url: https:/gm, '    url: http:'), 'references'],
    ['names no reviewer', (t) => t.replace(/^reviewedBy:.*\n/m, ''), 'reviewedBy'],
    ['has an empty reviewer', (t) => t.replace(/^reviewedBy:.*$/m, 'reviewedBy:'), 'reviewedBy'],
    ['has no next review date', (t) => t.replace(/^nextReview:.*\n/m, ''), 'nextReview'],
    ['has a next review date that does not exist', (t) => t.replace(/^nextReview:.*$/m, 'nextReview: 2027-02-30'), 'nextReview'],
    ['has a next review date before it was reviewed', (t) => t.replace(/^nextReview:.*$/m, 'nextReview: 2020-01-01'), 'nextReview'],
  ])('refuses a section that %s, which nobody could sign off, naming the file and the field', (_, change, field) => {
    edit(SECTION, change);
    const message = loadError();
    expect(message).toContain(`content/${SECTION}`);
    expect(message).toContain(field);
  });

  it('gives every built-in section an https source, a reviewer role and a next review date', () => {
    for (const section of loadBuiltInContent(root).sections) {
      expect(section.references.some((r) => r.url?.startsWith('https://')), section.id).toBe(true);
      expect(section.reviewedBy, section.id).toMatch(/\S/);
      expect(section.nextReview! > section.reviewed, section.id).toBe(true);
    }
  });

  it('lists the sections whose next review date has come, and none before it', () => {
    const { sections } = loadBuiltInContent(root);
    const earliest = sections.map((s) => s.nextReview!).sort()[0]!;
    expect(loadBuiltInContent(root, '2026-12-02').dueForReview).toEqual([]);
    const due = loadBuiltInContent(root, earliest).dueForReview;
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((d) => d.nextReview === earliest && d.file.startsWith('guidance/'))).toBe(true);
    expect(loadBuiltInContent(root, '2099-01-01').dueForReview).toHaveLength(sections.length);
  });

  it('stops on two prompts with the same intent (the charging question asked twice), naming both', () => {
    const file = 'framework/domains/practical-life.json';
    edit(file, (t) => t.replace('"id": "practical-life-money-and-work",', '"id": "practical-life-money-and-work",\n      "intent": "immigration-and-charging-worries",'));
    const message = loadError();
    expect(message).toContain('intent');
    expect(message).toContain('practical-life-money-and-work');
    expect(message).toContain('migration-status-worries');
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
    // Loads the whole content folder twice per section: seconds on a busy shared machine.
  }, 120_000);

  it('stops the build: the content plugin in wxt.config fails to load a broken section', async () => {
    const config = typeof wxtConfig.vite === 'function' ? await wxtConfig.vite({} as never) : undefined;
    const names = (config?.plugins ?? []).flat().map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : undefined));
    expect(names).toContain('coplan-content');

    const context = { addWatchFile: () => {} };
    const load = (plugin: ReturnType<typeof contentPlugin>) => (plugin.load as (this: unknown, id: string) => unknown).call(context, '\0virtual:coplan/guidance');
    expect(load(contentPlugin(root))).toContain('export default');

    // A lapsed review still builds (so a safety fix is never blocked) but the build says so.
    edit(SECTION, (t) => t.replace(/^reviewed:.*$/m, 'reviewed: 2020-01-01').replace(/^nextReview:.*$/m, 'nextReview: 2021-01-01'));
    const warnings: string[] = [];
    (contentPlugin(root).load as (this: unknown, id: string) => unknown).call({ ...context, warn: (m: string) => warnings.push(m) }, '\0virtual:coplan/guidance');
    expect(warnings).toEqual([`content/${SECTION}: next review was due on 2021-01-01; the sidebar shows "Due for review"`]);

    edit(SECTION, (t) => t.replace(/^reviewed:.*\n/m, ''));
    expect(() => load(contentPlugin(root))).toThrow(`content/${SECTION}`);
  });
});

describe('the build-time check on the built-in services directory (issue 15)', () => {
  const SERVICES = 'services/builtin.json';
  const change = (alter: (services: Record<string, unknown>[]) => void) =>
    edit(SERVICES, (t) => {
      const services = JSON.parse(t) as Record<string, unknown>[];
      alter(services);
      return JSON.stringify(services);
    });

  it('stops the build on a built-in service that is neither marked as an example nor sourced', () => {
    change((services) => void delete services.find((s) => s.id === 'samaritans')!.sources);
    expect(loadError()).toMatch(/content\/services\/builtin\.json: .*samaritans: needs "sources"/s);
  });

  it('builds but warns when a national route has not been checked for three months', () => {
    change((services) => {
      for (const source of services.find((s) => s.id === 'shout-85258')!.sources as { checked: string }[]) source.checked = '2020-01-01';
    });
    const warnings: string[] = [];
    const load = contentPlugin(root).load as (this: unknown, id: string) => unknown;
    expect(load.call({ addWatchFile: () => {}, warn: (m: string) => warnings.push(m) }, '\0virtual:coplan/services')).toContain('export default');
    expect(warnings).toEqual(['content/services/builtin.json: shout-85258 was due to be checked again on 2020-04-02; the sidebar says so on the entry']);
  });

  it('stops the build on an example that cites sources, as if it were real', () => {
    change((services) => void (services.find((s) => s.example)!.sources = [{ title: 'A page', publisher: 'Someone', url: 'https://example.org/', checked: '2026-12-01' }]));
    expect(loadError()).toContain('an example service cites no sources');
  });
});
