import type { CoplanDb } from '../db';
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

export function createPacksApi(db: CoplanDb, builtIns: BuiltIns): PacksApi {
  return {
    list: () => listPacks(db, builtIns.sectionIds),
    importFile: (file, onProgress) => importPack(db, file, builtIns, onProgress),
    remove: (id) => removePack(db, id),
    exportJson: async (id) => {
      const pack = await exportPack(db, id);
      return pack && `${JSON.stringify(pack, null, 2)}\n`;
    },
  };
}
