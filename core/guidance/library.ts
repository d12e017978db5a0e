import type { CoplanDb } from '../db';
import type { GuidanceLibrary } from '../models/guidance-model';
import { loadPackSections } from '../packs/installed';
import { mergeSections, type SectionSource } from '../packs/merge';
import { buildIndex, loadIndex, type GuidanceIndex } from './search';
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

/**
 * Built-in sections merged with installed packs' (core/packs/merge.ts), then the stored index for
 * that content, or a new one built and stored; a damaged one is rebuilt. If the packs cannot be
 * read, the built-in guidance still opens.
 */
export async function openLibrary(db: CoplanDb, builtIn: GuidanceSection[]): Promise<MergedLibrary> {
  const { sections, sources } = mergeSections(builtIn, await loadPackSections(db).catch(() => []));
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
  if (!index) {
    index = buildIndex(sections);
    const json = index.toJSON();
    // Only the current version is worth keeping.
    await db.transaction('rw', db.searchIndexes, async () => {
      await db.searchIndexes.clear();
      await db.searchIndexes.put({ contentVersion: version, index: json });
    }).catch(() => undefined);
  }
  return { sections: new Map(sections.map((s) => [s.id, s])), index, sources };
}
