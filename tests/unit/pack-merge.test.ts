import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { CoplanDb } from '../../core/db';
import { contentVersion, openLibrary } from '../../core/guidance/library';
import { frameworkAdditionsFrom, mergeFramework } from '../../core/packs/additions';
import { removePack } from '../../core/packs/installed';
import { mergeServices } from '../../core/packs/merge';
import { loadServices } from '../../core/services/load';
import { builtInContent, dbWithGoodPack } from '../fixtures/packs/corpus';

const REPLACED = 'migration-immigration-fears-nhs-charging';

describe('pack sections in the guidance library', () => {
  it('adds a pack’s sections to the built-in ones and finds them in search', async () => {
    const { sections } = builtInContent();
    const library = await openLibrary(await dbWithGoodPack(), sections);
    expect(library.cards.size).toBe(sections.length + 2);
    expect(library.index.search('riverside crisis')[0]?.id).toBe('riverside-crisis-alternatives');
    expect(library.sources.get('riverside-crisis-alternatives')).toEqual({ packName: 'Riverside Trust local guidance (fictional)', replacesBuiltIn: false });
  });

  it('replaces a built-in section with the pack’s section of the same id, and says so', async () => {
    const { sections } = builtInContent();
    const library = await openLibrary(await dbWithGoodPack(), sections);
    expect((await library.section(REPLACED))?.title).toBe('Immigration worries and NHS charging at Riverside');
    expect(library.sources.get(REPLACED)?.replacesBuiltIn).toBe(true);
    expect(library.index.search('overseas visitors ward clerk')[0]?.id).toBe(REPLACED);
  });

  it('rebuilds the index when packs change, and brings the built-in section back when the pack goes', async () => {
    const { sections } = builtInContent();
    const db = await dbWithGoodPack();
    await openLibrary(db, sections);
    const withPack = (await db.searchIndexes.toArray()).map((i) => i.contentVersion);
    await removePack(db, 'riverside-trust');
    const library = await openLibrary(db, sections);
    expect((await db.searchIndexes.toArray()).map((i) => i.contentVersion)).toEqual([contentVersion(sections)]);
    expect(withPack).not.toEqual([contentVersion(sections)]);
    expect(await library.section(REPLACED)).toEqual(sections.find((s) => s.id === REPLACED));
    expect(library.index.search('riverside crisis').map((h) => h.id)).not.toContain('riverside-crisis-alternatives');
  });

  it('changes the content version when only a section’s tags change', () => {
    const [first] = builtInContent().sections;
    expect(contentVersion([first!])).not.toBe(contentVersion([{ ...first!, tags: [...first!.tags, 'extra'] }]));
  });

  it('still opens the built-in guidance when the pack tables cannot be read', async () => {
    const db = new CoplanDb('pack-merge-broken');
    vi.spyOn(db.packSections, 'toArray').mockImplementation(() => Dexie.Promise.reject(new Error('damaged')));
    const library = await openLibrary(db, builtInContent().sections);
    expect(library.cards.size).toBe(builtInContent().sections.length);
  });
});

describe('pack prompts and services', () => {
  it('adds a pack’s prompts after the domain’s own, keeping the framework id and version', async () => {
    const { framework } = builtInContent();
    const merged = mergeFramework(framework, frameworkAdditionsFrom(await (await dbWithGoodPack()).packs.toArray()));
    const language = merged.domains.find((d) => d.id === 'language')!;
    expect(language.prompts.at(-1)?.id).toBe('riverside-language-written-information');
    expect(language.prompts.length).toBe(framework.domains.find((d) => d.id === 'language')!.prompts.length + 1);
    expect([merged.id, merged.version]).toEqual([framework.id, framework.version]);
  });

  it('joins a pack’s services to the national routes, dropping the invented examples, a same-id entry replacing the built-in one', async () => {
    const { services } = builtInContent();
    const national = services.filter((s) => !s.example);
    const all = await loadServices(await dbWithGoodPack(), services);
    expect(all.map((s) => s.id)).toEqual([...national.map((s) => s.id), 'riverside-gurdwara-welfare', 'riverside-somali-community-link']);
    expect(all.filter((s) => s.example)).toEqual([]);
    const local = { ...services[0]!, name: 'Our own line' };
    expect(mergeServices(services, [local]).filter((s) => s.id === local.id)).toEqual([local]);
  });

  it('keeps the invented examples, marked, while no pack brings services', async () => {
    const { services } = builtInContent();
    expect(await loadServices(new CoplanDb(`coplan-no-packs-${Math.random()}`), services)).toEqual(services);
    expect(mergeServices(services, []).filter((s) => s.example).length).toBeGreaterThanOrEqual(8);
  });
});
