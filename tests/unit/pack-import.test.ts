import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { CoplanDb } from '../../core/db';
import { importPack, isQuotaError } from '../../core/packs/import';
import { exportPack, listPacks, loadFeedbackStatements, removePack } from '../../core/packs/installed';
import type { Pack } from '../../core/packs/schema';
import { builtIns, dbWithGoodPack, dump, goodPack, packFile } from '../fixtures/packs/corpus';

const riverside = () => packFile(goodPack('riverside-trust.json'));
const northgate = () => packFile(goodPack('northgate-trust.json'));
const asFile = (pack: unknown, name = 'edited.json') => {
  const bytes = new TextEncoder().encode(JSON.stringify(pack));
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
};
const readPack = (file: ReturnType<typeof packFile>) => JSON.parse(readFileSync(goodPack(file.name), 'utf8')) as Pack;
const SERVICE = { id: 'svc-one', name: 'One service', kind: 'carers', languages: [], faiths: [], area: 'Here', contact: { phone: '0000 000 0000' }, openingHours: 'Daily' };
let n = 0;
const freshDb = () => new CoplanDb(`pack-import-${++n}`);

describe('importing a content pack', () => {
  it('lists an imported pack with its version, publisher, counts and the built-in sections it replaces', async () => {
    const db = await dbWithGoodPack();
    const [pack] = await listPacks(db, builtIns().sectionIds);
    expect(pack).toMatchObject({
      id: 'riverside-trust', version: '1.2.0', publisher: 'Riverside NHS Foundation Trust (fictional)',
      counts: { sections: 3, services: 2, prompts: 1 }, replacesBuiltIn: ['migration-immigration-fears-nhs-charging'],
    });
    expect(await db.packSections.where('packId').equals('riverside-trust').count()).toBe(3);
  });

  it('says which built-in sections a pack replaces when it is imported', async () => {
    const result = await importPack(freshDb(), riverside(), builtIns());
    expect(result).toMatchObject({ ok: true, replacesBuiltIn: ['migration-immigration-fears-nhs-charging'] });
  });

  it('reports progress from 0 to 1, never going backwards', async () => {
    const seen: number[] = [];
    await importPack(freshDb(), riverside(), builtIns(), (f) => seen.push(f));
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('replaces an earlier version of the same pack whole, dropping sections the new version leaves out', async () => {
    const db = await dbWithGoodPack();
    const pack = readPack(riverside());
    const next = { ...pack, version: '2.0.0', sections: pack.sections.slice(0, 1), services: [] };
    const result = await importPack(db, asFile(next), builtIns());
    expect(result).toMatchObject({ ok: true, previousVersion: '1.2.0' });
    expect(await db.packSections.toCollection().primaryKeys()).toEqual(['riverside-booking-interpreters']);
    expect(await db.services.count()).toBe(0);
  });

  it('installs two packs side by side when their ids do not clash', async () => {
    const db = await dbWithGoodPack();
    expect((await importPack(db, northgate(), builtIns())).ok).toBe(true);
    expect((await listPacks(db, new Set())).map((p) => p.id)).toEqual(['northgate-trust', 'riverside-trust']);
  });

  it('refuses a second pack whose extra prompt id another pack already adds, naming both packs', async () => {
    const db = await dbWithGoodPack();
    const pack = readPack(riverside());
    const copy = { ...pack, id: 'copycat', name: 'Copycat pack', sections: [], services: [], frameworkAdditions: pack.frameworkAdditions!.map((a) => ({ ...a, prompts: a.prompts.map((p) => ({ ...p, guidance: ['language-working-with-interpreters'] })) })) };
    const before = await dump(db);
    const result = await importPack(db, asFile(copy), builtIns());
    expect(result.ok ? '' : result.problems.join('\n')).toMatch(/frameworkAdditions\[0\]\.prompts\[0\]\.id: .*"Riverside Trust local guidance \(fictional\)".*"Copycat pack"/);
    expect(await dump(db)).toEqual(before);
  });

  it.each([
    ['as the browser reports it', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['wrapped in an aborted transaction', () => new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'))],
  ])('explains a full disk (%s) and leaves nothing half-written', async (_how, error) => {
    const db = await dbWithGoodPack();
    const before = await dump(db);
    // Services are written last, so the pack row and its sections are already in when storage runs out.
    const bulkPut = db.services.bulkPut.bind(db.services);
    vi.spyOn(db.services, 'bulkPut').mockImplementation((rows) => bulkPut(rows).then(() => {
      throw error();
    }));
    const result = await importPack(db, asFile({ ...readPack(northgate()), services: [SERVICE] }), builtIns());
    expect(result.ok ? '' : result.problems[0]).toContain('not enough storage space');
    expect(await dump(db)).toEqual(before);
  });

  it('recognises storage full however Dexie wraps it', () => {
    expect(isQuotaError({ name: 'BulkError', failures: [new DOMException('x', 'QuotaExceededError')] })).toBe(true);
    expect(isQuotaError(new Error('something else'))).toBe(false);
  });
});

describe('removing and exporting a pack', () => {
  it('removes a pack with every section and service it brought', async () => {
    const db = await dbWithGoodPack();
    await removePack(db, 'riverside-trust');
    expect(await Promise.all([db.packs.count(), db.packSections.count(), db.services.count()])).toEqual([0, 0, 0]);
  });

  it('exports a pack that imports again into an identical database', async () => {
    const db = await dbWithGoodPack();
    const exported = await exportPack(db, 'riverside-trust');
    const again = freshDb();
    expect((await importPack(again, asFile(exported), builtIns())).ok).toBe(true);
    const withoutTime = async (d: CoplanDb) => (await dump(d)).map(([name, rows]) => [name, rows.map((r) => ({ ...r, installedAt: 0 }))]);
    expect(await withoutTime(again)).toEqual(await withoutTime(db));
  });

  describe('feedback statements of a trust (issue 16)', () => {
    const STATEMENTS = [
      { id: 'riverside-heard', text: 'Staff listened to what I had to say about my care.' },
      { id: 'riverside-culture', text: 'My background and beliefs were treated with respect.' },
    ];
    const withStatements = (pack: Pack, feedbackStatements: unknown = STATEMENTS) => ({ ...pack, feedbackStatements });

    it('replace the framework’s on the feedback page, stamped with the pack, until the pack is removed', async () => {
      const db = freshDb();
      const { framework } = builtIns();
      expect(await loadFeedbackStatements(db, framework)).toEqual({ statements: framework.feedbackStatements, source: `${framework.id}@${framework.version}` });
      expect((await importPack(db, asFile(withStatements(readPack(riverside()))), builtIns())).ok).toBe(true);
      expect(await loadFeedbackStatements(db, framework)).toEqual({ statements: STATEMENTS, source: 'riverside-trust@1.2.0' });
      expect((await exportPack(db, 'riverside-trust'))?.feedbackStatements).toEqual(STATEMENTS);
      await removePack(db, 'riverside-trust');
      expect((await loadFeedbackStatements(db, framework)).statements).toEqual(framework.feedbackStatements);
    });

    it('are refused whole when an id is used twice, and leave the database as it was', async () => {
      const db = await dbWithGoodPack();
      const before = await dump(db);
      const result = await importPack(db, asFile(withStatements(readPack(northgate()), [STATEMENTS[0], { ...STATEMENTS[1], id: 'riverside-heard' }])), builtIns());
      expect(result.ok ? '' : result.problems.join('\n')).toContain('feedbackStatements[1].id: the statement id "riverside-heard" is used twice in this pack');
      expect(await dump(db)).toEqual(before);
    });

    it('come from one pack only: a second pack bringing its own is refused, naming the first', async () => {
      const db = freshDb();
      expect((await importPack(db, asFile(withStatements(readPack(riverside()))), builtIns())).ok).toBe(true);
      const before = await dump(db);
      const result = await importPack(db, asFile(withStatements(readPack(northgate()), [{ id: 'northgate-heard', text: 'I felt heard by the people I saw today.' }])), builtIns());
      expect(result.ok ? '' : result.problems.join('\n')).toMatch(/^feedbackStatements: the installed pack "Riverside Trust local guidance \(fictional\)" \(riverside-trust, version 1\.2\.0\) already replaces the feedback statements/);
      expect(await dump(db)).toEqual(before);
    });

    it('are refused when there are none, or too short to read as a statement', async () => {
      for (const bad of [[], [{ id: 'short', text: 'Good.' }]]) {
        const result = await importPack(freshDb(), asFile(withStatements(readPack(northgate()), bad)), builtIns());
        expect(result.ok ? '' : result.problems.join('\n')).toMatch(/^feedbackStatements/);
      }
    });
  });
});
