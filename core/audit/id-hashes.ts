import type { Table } from 'dexie';

// Which event ids are held, for deduplicating imports (issue 20: "audit import ≤ 5 s per 100,000
// at every database size"). IndexedDB in Chromium here pays about 0.2 ms a row read or written, so
// a row per id (18 s to write or look up 100,000) is out; ids were kept as text in 256 buckets,
// which an import of 100,000 touches all of, so it read, split, joined and wrote back every id
// held (about 20 MB at 1,000,000 ids). Each id is now kept as a 53-bit hash: 8 bytes, in a sorted
// Float64Array per bucket, which IndexedDB copies whole. A hash not held proves an id new; a hash
// held only says the id may be held, so callers confirm against the events (see idsHeld in
// exchange.ts). Two ids may share a hash, so a bucket holds one hash per id (a hash can repeat),
// and removing an id takes away one of them.

export interface IdBucket { bucket: number; hashes: Float64Array }

const BUCKETS = 256;

/** cyrb53 (public domain, bryc): a 53-bit string hash, exact as a double. */
export function idHash(id: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < id.length; i++) {
    const ch = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const bucketOf = (hash: number) => hash % BUCKETS;

/** The hashes of these ids by bucket, each bucket's sorted. */
function byBucket(ids: Iterable<string>): Map<number, Float64Array> {
  const lists = new Map<number, number[]>();
  for (const id of ids) {
    const hash = idHash(id);
    const list = lists.get(bucketOf(hash));
    if (list) list.push(hash);
    else lists.set(bucketOf(hash), [hash]);
  }
  return new Map([...lists].map(([bucket, list]) => [bucket, Float64Array.from(list).sort()]));
}

/** Both sorted lists in one sorted list. */
function merged(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let [i, j, k] = [0, 0, 0];
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** `a` less one occurrence of each hash in `b` (both sorted). */
function without(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  let [i, j, k] = [0, 0, 0];
  while (i < a.length) {
    while (j < b.length && b[j]! < a[i]!) j++;
    if (j < b.length && b[j] === a[i]) [i, j] = [i + 1, j + 1];
    else out[k++] = a[i++]!;
  }
  return out.slice(0, k);
}

/** Whether sorted `list` holds `hash`. */
function holds(list: Float64Array, hash: number): boolean {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < hash) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === hash;
}

/** The stored buckets these ids fall in, by bucket (empty where none is stored yet). */
export type HeldHashes = Map<number, Float64Array>;

/**
 * The buckets these ids fall in, read once, so an import can learn which of its ids may be held and
 * then add the new ones. Use inside the transaction that stores their events, so a refused import
 * leaves the buckets as they were.
 */
export async function readBuckets(table: Table<IdBucket, number>, ids: readonly string[]): Promise<HeldHashes> {
  const keys = [...new Set(ids.map((id) => bucketOf(idHash(id))))];
  const rows = await table.bulkGet(keys);
  return new Map(keys.map((bucket, i) => [bucket, rows[i]?.hashes ?? new Float64Array()]));
}

/** The ids whose hash is held: held, or sharing a hash with an id held. */
export function maybeHeld(held: HeldHashes, ids: readonly string[]): Set<string> {
  return new Set(ids.filter((id) => {
    const hash = idHash(id);
    return holds(held.get(bucketOf(hash)) ?? new Float64Array(), hash);
  }));
}

/** Marks these ids (not held; their buckets read into `held`) as held. */
export async function addIds(table: Table<IdBucket, number>, held: HeldHashes, fresh: Iterable<string>): Promise<void> {
  await table.bulkPut([...byBucket(fresh)].map(([bucket, hashes]) => ({ bucket, hashes: merged(held.get(bucket) ?? new Float64Array(), hashes) })));
}

/** Marks these held ids as no longer held. */
export async function releaseIds(table: Table<IdBucket, number>, ids: Iterable<string>): Promise<void> {
  const gone = byBucket(ids);
  const keys = [...gone.keys()];
  const stored = await table.bulkGet(keys);
  await table.bulkPut(keys.map((bucket, i) => ({ bucket, hashes: without(stored[i]?.hashes ?? new Float64Array(), gone.get(bucket)!) })));
}

/** Buckets for every id given (an upgrade from ids kept as text). */
export function idBucketsOf(ids: Iterable<string>): IdBucket[] {
  return [...byBucket(ids)].map(([bucket, hashes]) => ({ bucket, hashes }));
}
