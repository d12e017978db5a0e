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

  it('stores the index for what is left when a pack is removed', async () => {
    const db = new CoplanDb(`pack-index-${++n}`);
    const api = createPacksApi(db, builtIns(), sections);
    await api.importFile(packFile(goodPack('riverside-trust.json')));
    await api.remove('riverside-trust');
    expect(await storedVersion(db)).toEqual([contentVersion(builtInContent().sections)]);
  });
});
