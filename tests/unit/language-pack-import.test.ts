import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_LANGUAGE_PACKS } from '../../core/copy/example-packs';
import { importLanguagePack, listLanguagePacks, removeLanguagePack, storedLanguagePacks } from '../../core/copy/language-pack-store';
import { copyLanguages } from '../../core/copy/languages';
import { CoplanDb } from '../../core/db';
import { dump, packFile } from '../fixtures/packs/corpus';

// Issue 14: a trust's own language pack for the person's copy is checked whole, stored in one
// transaction, and refused with a clear message that leaves the database as it was.
const DIR = resolve(import.meta.dirname, '../fixtures/language-packs');
const GOOD = resolve(DIR, 'pl-trust.json');
const BAD = resolve(DIR, 'bad-pl-trust.json');
let n = 0;
const freshDb = () => new CoplanDb(`language-pack-import-${++n}`);
const textFile = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
};

describe("importing a trust's language pack", () => {
  it('stores a signed-off pack, which the person’s copy then offers in place of the example in that language', async () => {
    const db = freshDb();
    const result = await importLanguagePack(db, packFile(GOOD));
    expect(result).toMatchObject({ ok: true, pack: { id: 'pl-example-trust', lang: 'pl', review: { status: 'reviewed' } } });
    expect((await listLanguagePacks(db)).map((p) => p.id)).toEqual(['pl-example-trust']);
    const languages = copyLanguages(EXAMPLE_LANGUAGE_PACKS, await storedLanguagePacks(db));
    expect(languages.map((l) => [l.id, l.example])).toEqual([['en', false], ['ur-example', true], ['pl-example-trust', false]]);
    db.close();
  });

  it('refuses a bad file whole, says what is wrong, and leaves the database unchanged', async () => {
    const db = freshDb();
    await importLanguagePack(db, packFile(GOOD));
    const before = await dump(db);
    const result = await importLanguagePack(db, packFile(BAD));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('Coplan did not import “bad-pl-trust.json”, and nothing was changed.');
    const problems = result.problems.join('\n');
    expect(problems).toContain('lang: must be a BCP 47 language tag');
    expect(problems).toContain('phrases.crisisHeading: is missing');
    expect(problems).toContain('phrases.title: must be plain text');
    expect(await dump(db)).toEqual(before);
    db.close();
  });

  it('refuses files that are not language packs, with a message for each', async () => {
    const db = freshDb();
    const cases: [string, string, string][] = [
      ['empty.json', '', 'the file is empty'],
      ['broken.json', '{"kind": "language-pack",', 'line 1'],
      ['content-pack.json', '{"schemaVersion": 1, "id": "trust-pack"}', 'content packs are imported under “Content packs”'],
      ['proto.json', '{"kind": "language-pack", "__proto__": {"x": 1}}', '__proto__'],
    ];
    for (const [name, text, expected] of cases) {
      const result = await importLanguagePack(db, textFile(name, text));
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.problems.join('\n'), name).toContain(expected);
    }
    expect(await storedLanguagePacks(db)).toEqual([]);
    db.close();
  });

  it('replaces an earlier version of the same pack, and removes it', async () => {
    const db = freshDb();
    await importLanguagePack(db, packFile(GOOD));
    const newer = { ...(JSON.parse(JSON.stringify((await storedLanguagePacks(db))[0])) as Record<string, unknown>), version: '1.1.0' };
    const result = await importLanguagePack(db, textFile('pl-trust-1.1.json', JSON.stringify(newer)));
    expect(result).toMatchObject({ ok: true, previousVersion: '1.0.0', pack: { version: '1.1.0' } });
    expect((await listLanguagePacks(db)).map((p) => p.version)).toEqual(['1.1.0']);
    await removeLanguagePack(db, 'pl-example-trust');
    expect(await storedLanguagePacks(db)).toEqual([]);
    db.close();
  });

  it('leaves a stored pack out of the copy if it no longer passes its check', () => {
    const damaged = { ...(EXAMPLE_LANGUAGE_PACKS[1] as Record<string, unknown>), id: 'pl-damaged', dir: 'rtl' };
    expect(copyLanguages(EXAMPLE_LANGUAGE_PACKS, [damaged]).map((l) => l.id)).toEqual(['en', 'ur-example', 'pl-example']);
  });
});
