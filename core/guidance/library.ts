import type { CoplanDb } from '../db';
import type { GuidanceLibrary } from '../models/guidance-model';
import { buildIndex, loadIndex, type GuidanceIndex } from './search';
import type { GuidanceSection } from './schema';

/** A version key that changes whenever any section does, so a stale index is never reused. */
export function contentVersion(sections: GuidanceSection[]): string {
  let hash = 2166136261;
  for (const section of sections) {
    for (const text of [section.id, section.reviewed, section.title, section.body]) {
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    }
  }
  return `${sections.length}-${(hash >>> 0).toString(36)}`;
}

/** Loads the stored index for this content, or builds and stores it; a damaged one is rebuilt. */
export async function openLibrary(db: CoplanDb, sections: GuidanceSection[]): Promise<GuidanceLibrary> {
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
  return { sections: new Map(sections.map((s) => [s.id, s])), index };
}
