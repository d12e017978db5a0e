import type { CoplanDb } from '../db';
import type { GuidanceLibrary } from '../models/guidance-model';
import { byId, loadPackSection, loadPackSections, packsFingerprint, type PackSection } from '../packs/installed';
import { mergeSections, type SectionSource } from '../packs/merge';
import { buildIndex, loadIndex, type GuidanceIndex, type SectionMeta } from './search';
import type { GuidanceSection } from './schema';

/**
 * A version key that changes whenever any section does, so a stale index is never reused. Every
 * indexed field counts: a pack re-imported with only its tags changed must rebuild the index too.
 */
export function contentVersion(sections: GuidanceSection[]): string {
  let hash = 2166136261;
  for (const section of sections) {
    const { id, reviewed, title, summary, tags, domains, body } = section;
    for (const text of [id, reviewed, title, summary, tags.join('\u0000'), domains.join('\u0000'), body]) {
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
      hash = Math.imul(hash ^ 0x1f, 16777619); // a field boundary, so "ab"+"c" differs from "a"+"bc"
    }
  }
  return `${sections.length}-${(hash >>> 0).toString(36)}`;
}

/** The library, and for sections that came from a trust's pack, which pack and whether it replaced a built-in one. */
export interface MergedLibrary extends GuidanceLibrary {
  sources: Map<string, SectionSource>;
}

/** A section's card as stored beside the index, with the pack it came from. */
type StoredCard = SectionMeta & { packName?: string };

const cardOf = ({ id, title, summary, tags, domains }: GuidanceSection, packName?: string): StoredCard =>
  ({ id, title, summary, tags, domains, ...(packName ? { packName } : {}) });

/** A library over sections held in memory: the demo's, tests' and the slow path's. */
export function libraryOf(sections: GuidanceSection[], index: GuidanceIndex = buildIndex(sections), sources = new Map<string, SectionSource>()): MergedLibrary {
  const byId = new Map(sections.map((s) => [s.id, s]));
  return { cards: new Map(sections.map((s) => [s.id, cardOf(s)])), section: async (id) => byId.get(id), index, sources };
}

/**
 * Issue 20 item 2: the sidebar's first open after a 10,000-section pack reads only the stored index
 * and cards, when the packs are as they were when it was stored (built-in content and each pack's
 * id, version and install time); bodies stay in storage until a section is opened. Reading every
 * section back and hashing 26 MB of text took most of a second.
 */
async function storedLibrary(db: CoplanDb, builtIn: GuidanceSection[], key: string): Promise<MergedLibrary | undefined> {
  const [row] = await db.searchIndexes.toArray();
  if (!row || row.packsKey !== key || !Array.isArray(row.cards)) return undefined;
  const cards = row.cards as StoredCard[];
  const index = loadIndex(row.index, cards);
  const builtInById = new Map(builtIn.map((s) => [s.id, s]));
  const sources = new Map(cards.flatMap((c): [string, SectionSource][] => (c.packName ? [[c.id, { packName: c.packName, replacesBuiltIn: builtInById.has(c.id) }]] : [])));
  return {
    cards: new Map(cards.map((c) => [c.id, c])),
    section: async (id) => (sources.has(id) ? loadPackSection(db, id) : builtInById.get(id)),
    index,
    sources,
  };
}

/** A pack's sections as just checked and written: the index after an import is built from these. */
export interface WrittenPack {
  id: string;
  name: string;
  sections: GuidanceSection[];
}

/**
 * Pack sections to merge: every installed pack's, read back, or after an import the other packs' read
 * back and the written pack's from memory (issue 20: reading 10,000 sections back and checking them
 * again took over a second of the import). In id order either way, as read back, so the merged
 * sections and their content version are the same whichever way they came.
 */
async function packSections(db: CoplanDb, written?: WrittenPack): Promise<PackSection[]> {
  if (!written) return loadPackSections(db).catch(() => []);
  // Not caught here: an index missing the other packs must not be stored as theirs.
  const others = await loadPackSections(db, written.id);
  const fresh = written.sections.map((section) => ({ section, packName: written.name }));
  return [...others, ...fresh].sort((a, b) => byId(a.section, b.section));
}

/**
 * Built-in sections merged with installed packs' (core/packs/merge.ts), then the stored index for
 * that content, or a new one built and stored with the sections' cards; a damaged one is rebuilt. If
 * the packs cannot be read, the built-in guidance still opens. `written` is a pack just imported,
 * whose sections need not be read back.
 */
export async function openLibrary(db: CoplanDb, builtIn: GuidanceSection[], written?: WrittenPack): Promise<MergedLibrary> {
  const key = `${contentVersion(builtIn)}+${await packsFingerprint(db).catch(() => '')}`;
  const quick = written ? undefined : await storedLibrary(db, builtIn, key).catch(() => undefined);
  if (quick) return quick;
  const { sections, sources } = mergeSections(builtIn, await packSections(db, written));
  const version = contentVersion(sections);
  let index: GuidanceIndex | undefined;
  const stored = await db.searchIndexes.get(version).catch(() => undefined);
  if (stored) {
    try {
      index = loadIndex(stored.index, sections);
    } catch {
      index = undefined;
    }
  }
  if (!index || stored?.packsKey !== key) {
    index ??= buildIndex(sections);
    const row = { contentVersion: version, packsKey: key, index: index.stored(), cards: sections.map((s) => cardOf(s, sources.get(s.id)?.packName)) };
    // Only the current version is worth keeping.
    await db.transaction('rw', db.searchIndexes, async () => {
      await db.searchIndexes.clear();
      await db.searchIndexes.put(row);
    }).catch(() => undefined);
  }
  return libraryOf(sections, index, sources);
}
