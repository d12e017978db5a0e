import { describe, expect, it, vi } from 'vitest';
import { CoplanDb } from '../../core/db';
import * as search from '../../core/guidance/search';
import { contentVersion, openLibrary } from '../../core/guidance/library';
import { mergeSections } from '../../core/packs/merge';
import { loadPackSections } from '../../core/packs/installed';
import { createPacksApi } from '../../core/packs/api';
import { builtInContent, builtIns, goodPack, packFile } from '../fixtures/packs/corpus';

let n = 0;
const sections = () => Promise.resolve(builtInContent().sections);
const storedVersion = async (db: CoplanDb) => (await db.searchIndexes.toArray()).map((row) => row.contentVersion);
const currentVersion = async (db: CoplanDb) => contentVersion(mergeSections(builtInContent().sections, await loadPackSections(db)).sections);

describe('the search index of a pack is built when the pack changes, not when the sidebar opens', () => {
  it('stores the index for the new content at import, with the bar at 0.8 while it builds, and the sidebar only loads it', async () => {
    const db = new CoplanDb(`pack-index-${++n}`);
    const seen: number[] = [];
    const result = await createPacksApi(db, builtIns(), sections).importFile(packFile(goodPack('riverside-trust.json')), (f) => seen.push(f));
    expect(result.ok).toBe(true);
    expect(await storedVersion(db)).toEqual([await currentVersion(db)]);
    expect(seen).toContain(0.8);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const build = vi.spyOn(search, 'buildIndex');
    const library = await openLibrary(db, builtInContent().sections);
    expect(build).not.toHaveBeenCalled();
    expect(library.index.search('riverside').length).toBeGreaterThan(0);
    build.mockRestore();
  });

  it('builds the index at import from the sections it checked, reading back only the other packs’ sections', async () => {
    const db = new CoplanDb(`pack-index-${++n}`);
    const api = createPacksApi(db, builtIns(), sections);
    await api.importFile(packFile(goodPack('riverside-trust.json')));
    const readAll = vi.spyOn(db.packSections, 'toArray');
    const build = vi.spyOn(search, 'buildIndex');
    expect((await api.importFile(packFile(goodPack('northgate-trust.json')))).ok).toBe(true);
    expect(readAll).not.toHaveBeenCalled();
    const built = build.mock.calls[0]![0].map((s) => s.id);
    expect(built).toEqual(mergeSections(builtInContent().sections, await loadPackSections(db)).sections.map((s) => s.id));
    expect(await storedVersion(db)).toEqual([await currentVersion(db)]);
    build.mockClear();
    const library = await openLibrary(db, builtInContent().sections);
    expect(build).not.toHaveBeenCalled();
    expect(library.sources.get('riverside-crisis-alternatives')?.packName).toBe('Riverside Trust local guidance (fictional)');
    expect([...library.sources.values()].some((s) => s.packName !== 'Riverside Trust local guidance (fictional)')).toBe(true);
    readAll.mockRestore();
    build.mockRestore();
  });

  it('opens a stored library without reading any section back, and reads a pack section when it is opened', async () => {
    const db = new CoplanDb(`pack-index-${++n}`);
    await createPacksApi(db, builtIns(), sections).importFile(packFile(goodPack('riverside-trust.json')));
    const readAll = vi.spyOn(db.packSections, 'toArray');
    const library = await openLibrary(db, builtInContent().sections);
    expect(readAll).not.toHaveBeenCalled();
    expect(library.cards.get('riverside-crisis-alternatives')?.title).toBeTruthy();
    expect(library.sources.get('riverside-crisis-alternatives')).toEqual({ packName: 'Riverside Trust local guidance (fictional)', replacesBuiltIn: false });
    expect((await library.section('riverside-crisis-alternatives'))?.body).toBeTruthy();
    expect(await library.section('migration-immigration-fears-nhs-charging')).toEqual(
      (await loadPackSections(db)).find((p) => p.section.id === 'migration-immigration-fears-nhs-charging')?.section,
    );
    readAll.mockRestore();
  });

  it('never serves a stored library after the packs change, even with the same content version', async () => {
    const db = new CoplanDb(`pack-index-${++n}`);
    const api = createPacksApi(db, builtIns(), sections);
    await api.importFile(packFile(goodPack('riverside-trust.json')));
    await api.remove('riverside-trust');
    const library = await openLibrary(db, builtInContent().sections);
    expect(library.cards.has('riverside-crisis-alternatives')).toBe(false);
    expect(library.sources.size).toBe(0);
  });

  it('stores the index for what is left when a pack is removed', async () => {
    const db = new CoplanDb(`pack-index-${++n}`);
    const api = createPacksApi(db, builtIns(), sections);
    await api.importFile(packFile(goodPack('riverside-trust.json')));
    await api.remove('riverside-trust');
    expect(await storedVersion(db)).toEqual([contentVersion(builtInContent().sections)]);
  });
});
