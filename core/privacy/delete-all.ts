import type { CoplanDb } from '../db';

/** Empties every table in one transaction: all or nothing, so no half-deleted state remains. */
export async function deleteAllData(db: CoplanDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}
