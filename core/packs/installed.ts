import type { CoplanDb, StoredRow } from '../db';
import { feedbackStatementsIn, type FeedbackStatements } from '../feedback/statements';
import type { Framework } from '../framework/schema';
import { GuidanceSectionSchema, type GuidanceSection } from '../guidance/schema';
import { ServiceSchema, type Service } from '../services/schema';
import { PackSchema, StoredPackSchema, type InstalledPack, type Pack, type StoredPack } from './schema';

/**
 * Reading installed packs back. Rows were checked on import, but they are parsed again on read
 * (STYLE.md 5): a damaged row is left out rather than crashing the sidebar.
 */

/** IndexedDB's order for string keys: by UTF-16 code units, as `<` compares. */
export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type PackRows = CoplanDb['packSections'];

/**
 * `read` over the rows of every pack but `packId`, as two key ranges of the packId index. Dexie's
 * `notEqual` walks one cursor over both, which fake-indexeddb (the bench's and tests' IndexedDB)
 * took over a minute for with 10,000 rows of the pack itself.
 */
export async function otherPacks<T>(table: PackRows, packId: string, read: (rows: ReturnType<PackRows['where']>) => Promise<T[]>): Promise<T[]> {
  const [before, after] = await Promise.all([read(table.where('packId').below(packId)), read(table.where('packId').above(packId))]);
  return [...before!, ...after!];
}

const withoutPackId = ({ packId: _packId, ...item }: StoredRow & { packId: string }) => item;

async function storedPacks(db: CoplanDb): Promise<StoredPack[]> {
  return (await db.packs.toArray()).flatMap((row) => {
    const parsed = StoredPackSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Installed packs by name, with the built-in sections each one replaces. */
export async function listPacks(db: CoplanDb, builtInSectionIds: ReadonlySet<string>): Promise<InstalledPack[]> {
  const packs = await storedPacks(db);
  const listed = await Promise.all(
    packs.map(async (pack) => {
      const ids = await db.packSections.where('packId').equals(pack.id).primaryKeys();
      return { ...pack, replacesBuiltIn: ids.filter((id) => builtInSectionIds.has(id)).sort() };
    }),
  );
  return listed.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Removes a pack and everything it brought, all or nothing. */
export async function removePack(db: CoplanDb, id: string): Promise<void> {
  await db.transaction('rw', db.packs, db.packSections, db.services, async () => {
    await db.packSections.where('packId').equals(id).delete();
    await db.services.where('packId').equals(id).delete();
    await db.packs.delete(id);
  });
}

/** The pack as a file again, from what is stored; sections and services come back in id order. */
export async function exportPack(db: CoplanDb, id: string): Promise<Pack | undefined> {
  const row = await db.packs.get(id);
  if (!row) return undefined;
  const { installedAt: _at, counts: _counts, frameworkAdditions, ...meta } = StoredPackSchema.parse(row);
  const [sections, services] = await Promise.all([db.packSections, db.services].map((t) => t.where('packId').equals(id).toArray()));
  return PackSchema.parse({ ...meta, ...(frameworkAdditions.length ? { frameworkAdditions } : {}), sections: sections!.map(withoutPackId), services: services!.map(withoutPackId) });
}

/** The feedback statements in force: an installed pack's, or the framework's. */
export async function loadFeedbackStatements(db: CoplanDb, framework: Framework): Promise<FeedbackStatements> {
  return feedbackStatementsIn(framework, await storedPacks(db));
}

/**
 * Which packs are installed, as they were installed: every import stamps `installedAt`, so this changes
 * whenever any pack's sections can have, without reading the sections themselves.
 */
export async function packsFingerprint(db: CoplanDb): Promise<string> {
  return (await storedPacks(db)).map((p) => `${p.id}@${p.version}@${p.installedAt}`).sort().join('|');
}

/** One installed pack's section, read when it is opened; undefined if gone or damaged. */
export async function loadPackSection(db: CoplanDb, id: string): Promise<GuidanceSection | undefined> {
  const row = await db.packSections.get(id);
  const parsed = row && GuidanceSectionSchema.safeParse(withoutPackId(row));
  return parsed?.success ? parsed.data : undefined;
}

/** A pack's section with the name of the pack it came from. */
export interface PackSection {
  section: GuidanceSection;
  packName: string;
}

/** Every installed pack's sections but `except`'s, for merging with the built-in guidance; in id order. */
export async function loadPackSections(db: CoplanDb, except?: string): Promise<PackSection[]> {
  const names = new Map((await storedPacks(db)).map((p) => [p.id, p.name]));
  if (except) names.delete(except);
  // With `except`, only the other packs' rows are read, by the packId index (so in pack order).
  const rows = except ? (await otherPacks(db.packSections, except, (rows) => rows.toArray())).sort(byId) : await db.packSections.toArray();
  return rows.flatMap((row) => {
    const parsed = GuidanceSectionSchema.safeParse(withoutPackId(row));
    const packName = names.get(row.packId);
    return parsed.success && packName ? [{ section: parsed.data, packName }] : [];
  });
}

/** Every installed pack's services. */
export async function loadPackServices(db: CoplanDb): Promise<Service[]> {
  const packs = new Set((await storedPacks(db)).map((p) => p.id));
  return (await db.services.toArray()).flatMap((row) => {
    const parsed = ServiceSchema.safeParse(withoutPackId(row));
    return parsed.success && packs.has(row.packId) ? [parsed.data] : [];
  });
}
