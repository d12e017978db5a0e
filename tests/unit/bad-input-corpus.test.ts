// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify does not sanitise reliably under happy-dom (happy-dom#2310).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoplanDb } from '../../core/db';
import { renderMarkdown } from '../../core/guidance/render';
import { BackgroundToContentSchema, SidebarToPageSchema, receive, sidebarToPageSchemaOf } from '../../core/messages';
import { createSessionModel } from '../../core/models/session-model';
import { dexieStore } from '../../core/session/dexie-store';
import { newSession } from '../../core/session/session';
import { admitSitePattern } from '../../core/sites/admit';
import { BAD_DIR as PACKS, BAD_PACKS, importBadPack, packFile } from '../fixtures/packs/corpus';
import { smallFramework } from '../fixtures/small-framework';

const ROOT = resolve(import.meta.dirname, '../fixtures/bad');
const files = readdirSync(ROOT, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(ROOT, join(e.parentPath, e.name)))
  // Bad content packs live beside the good ones in tests/fixtures/packs, described by bad-packs.json.
  .concat(Object.keys(BAD_PACKS).map((f) => `pack/${f}`))
  .sort();

type Case = { expect: string; input: unknown };
const readCase = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Case;

async function dump(db: CoplanDb) {
  return Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()]));
}

/** Each kind of bad input, fed to the code that meets it in the product; returns the message shown. */
const CHECKS: Record<string, (file: string) => Promise<string>> = {
  async message(file) {
    const { input } = readCase(file);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(receive(SidebarToPageSchema(), input, { id: 'own' }, 'own')).toBeUndefined();
    expect(receive(sidebarToPageSchemaOf(input), input, { id: 'own' }, 'own')).toBeUndefined();
    expect(receive(BackgroundToContentSchema(), input, { id: 'own' }, 'own')).toBeUndefined();
    return String(warn.mock.calls[0]?.[0]);
  },
  async 'session-row'(file) {
    const { input } = readCase(file);
    const db = new CoplanDb(`bad-${file}`);
    const here = { pageHash: 'a'.repeat(64) };
    const good = { ...newSession(smallFramework, 'Good', 'session-good-0001', Date.now()), binding: here };
    // A row needs only its keys to be stored; everything else is as damaged as the fixture says.
    const row = input as { id: string; updatedAt?: number; createdAt?: number };
    await db.sessions.bulkPut([good, { ...row, updatedAt: Date.now(), createdAt: row.createdAt ?? 0 }]);
    const before = await dump(db);
    const model = createSessionModel({ store: dexieStore(db), framework: smallFramework });
    await model.load(here);
    expect(await dump(db)).toEqual(before);
    expect(model.session.value?.id).toBe('session-good-0001');
    db.close();
    return model.unrestorable.value.map((u) => u.reason).join('\n');
  },
  pack: (file) => importBadPack(packFile(join(PACKS, file.slice('pack/'.length)))),
  async site(file) {
    const result = admitSitePattern(readCase(file).input as string);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.reason;
  },
  async section(file) {
    const template = document.createElement('template');
    template.innerHTML = renderMarkdown(readFileSync(join(ROOT, file), 'utf8'));
    const all = [...template.content.querySelectorAll('*')];
    expect(all.filter((el) => /^(script|iframe|img|svg|style|form|object|embed)$/i.test(el.tagName))).toEqual([]);
    expect(all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)))).toEqual([]);
    expect(all.filter((el) => el.hasAttribute('href') && !el.getAttribute('href')!.startsWith('https:'))).toEqual([]);
    return 'sanitised';
  },
};

const kindOf = (file: string) => (file.endsWith('.md') ? 'section' : file.split('/')[0]!);
const expected = (file: string) =>
  kindOf(file) === 'section' ? 'sanitised' : kindOf(file) === 'pack' ? BAD_PACKS[file.slice('pack/'.length)]!.expect[0]! : readCase(file).expect;

describe('the bad-input corpus', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has a check for every item, so the corpus cannot grow unchecked', () => {
    expect(files.filter((f) => !CHECKS[kindOf(f)])).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s gets a clear message, crashes nothing and changes no stored data', async (file) => {
    expect(await CHECKS[kindOf(file)]!(file)).toContain(expected(file));
  });
});
