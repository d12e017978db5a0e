import type { CoplanDb } from '../db';
import { openLibrary, type WrittenPack } from '../guidance/library';
import type { GuidanceSection } from '../guidance/schema';
import { importPack, type ImportResult } from './import';
import { exportPack, listPacks, removePack } from './installed';
import type { PackFile, Progress } from './read';
import type { BuiltIns, InstalledPack } from './schema';

/** What the options page's packs section needs; tests give it a fake-indexeddb database. */
export interface PacksApi {
  list(): Promise<InstalledPack[]>;
  importFile(file: PackFile, onProgress?: Progress): Promise<ImportResult>;
  remove(id: string): Promise<void>;
  /** The pack as JSON text, ready to download, or undefined if it is no longer installed. */
  exportJson(id: string): Promise<string | undefined>;
}

const WRITTEN = 0.8; // of the progress bar; building the search index takes the rest

/**
 * With `builtInSections`, every change to the packs also builds and stores the search index for the
 * new content, here where the person expects to wait, so the sidebar's next open only loads it
 * (issue 20: a 10,000-section pack took the sidebar's first open 4–10 s to index). If indexing
 * fails the change stands, and the sidebar builds the index itself.
 */
export function createPacksApi(db: CoplanDb, builtIns: BuiltIns, builtInSections?: () => Promise<GuidanceSection[]>): PacksApi {
  const storeIndex = async (onProgress: Progress, written?: WrittenPack) => {
    if (!builtInSections) return;
    onProgress(WRITTEN);
    await new Promise((resolve) => setTimeout(resolve)); // lets the bar paint before the index build holds the thread
    await builtInSections().then((sections) => openLibrary(db, sections, written)).catch(() => undefined);
    onProgress(1);
  };
  return {
    list: () => listPacks(db, builtIns.sectionIds),
    importFile: async (file, onProgress = () => undefined) => {
      const result = await importPack(db, file, builtIns, (f) => onProgress(builtInSections ? WRITTEN * f : f));
      if (result.ok) await storeIndex(onProgress, { id: result.pack.id, name: result.pack.name, sections: result.sections });
      return result;
    },
    remove: async (id) => {
      await removePack(db, id);
      await storeIndex(() => undefined);
    },
    exportJson: async (id) => {
      const pack = await exportPack(db, id);
      return pack && `${JSON.stringify(pack, null, 2)}\n`;
    },
  };
}
