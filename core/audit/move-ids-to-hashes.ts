import type { Table } from 'dexie';
import { idBucketsOf, type IdBucket } from './id-hashes';

/** A bucket as versions 5–10 kept it: ids as text, joined by spaces. */
type TextBucket = { bucket: number; ids: string } | IdBucket;

/**
 * Schema version 11: event ids kept as text move to hashes, every id held once. Versions 5–10
 * wrote only text; a database moved into blocks by this release's version 5 upgrade holds hashes
 * already and is left as it is.
 */
export async function hashHeldIds(table: Table<TextBucket, number>): Promise<void> {
  const rows = await table.toArray();
  if (!rows.some((row) => 'ids' in row)) return;
  const ids = rows.flatMap((row) => ('ids' in row && row.ids ? row.ids.split(' ') : []));
  await table.clear();
  await table.bulkPut(idBucketsOf(ids));
}
