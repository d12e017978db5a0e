import type { CoplanDb } from '../db';
import { loadPackServices } from '../packs/installed';
import { mergeServices } from '../packs/merge';
import type { Service } from './schema';

/** The built-in (fictional) services with installed packs' services; packs replace entries by id. */
export async function loadServices(db: CoplanDb, builtIn: Service[]): Promise<Service[]> {
  // A pack store that cannot be read still leaves the built-in directory.
  return mergeServices(builtIn, await loadPackServices(db).catch(() => []));
}
