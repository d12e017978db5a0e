import type { CoplanDb, StoredRow } from '../db';
import { claimedIds } from './check';
import { otherPacks } from './installed';
import { StoredPackSchema, type Pack, type StoredPack } from './schema';

/** Another installed pack already claims ids this pack uses; raised before anything is written. */
export class PackConflict extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const BATCH = 1000;

/** The `packs` row for a pack: its metadata, framework additions and counts. */
export function packRow(pack: Pack, installedAt: number): StoredPack {
  const { sections, services, frameworkAdditions = [], ...meta } = pack;
  const prompts = frameworkAdditions.reduce((n, a) => n + a.prompts.length, 0);
  return { ...meta, frameworkAdditions, installedAt, counts: { sections: sections.length, services: services.length, prompts } };
}

/**
 * Writes a checked pack in one transaction, replacing an earlier version of the same pack. Clashes
 * with other packs are looked up inside the transaction and throw before the first write, so they
 * abort it with nothing written. Only Dexie promises are awaited in here (TOOLCHAIN.md, Dexie).
 */
export async function writePack(db: CoplanDb, pack: Pack, onProgress: (fraction: number) => void): Promise<{ stored: StoredPack; previous?: StoredPack }> {
  const row = packRow(pack, Date.now());
  const ids = claimedIds(pack);
  return db.transaction('rw', db.packs, db.packSections, db.services, async () => {
    const installed = new Map((await db.packs.toArray()).map((r) => [r.id, StoredPackSchema.safeParse(r)]));
    const owner = (packId: string) => {
      const other = installed.get(packId);
      return other?.success ? `"${other.data.name}" (${packId}, version ${other.data.version})` : `"${packId}"`;
    };
    const clash = (kind: string, claim: { id: string; path: string }, packId: string) =>
      `${claim.path}: the ${kind} id "${claim.id}" already belongs to the installed pack ${owner(packId)}; this pack, "${pack.name}" (${pack.id}), claims it too. Remove one of the packs, or give the ${kind} another id.`;

    const problems: string[] = [];
    // Keys only from the index first, so re-importing a large pack does not read back every body.
    for (const [kind, table, claims] of [['section', db.packSections, ids.sections], ['service', db.services, ids.services]] as const) {
      const taken = new Set(await otherPacks(table, pack.id, (rows) => rows.primaryKeys()));
      const clashing = claims.filter((c) => taken.has(c.id));
      const owners = await table.bulkGet(clashing.map((c) => c.id));
      clashing.forEach((c, i) => problems.push(clash(kind, c, owners[i]!.packId)));
    }
    const promptOwners = new Map<string, string>();
    for (const [packId, parsed] of installed) {
      if (packId !== pack.id && parsed.success) parsed.data.frameworkAdditions.forEach((a) => a.prompts.forEach((p) => promptOwners.set(p.id, packId)));
    }
    ids.prompts.forEach((c) => { const other = promptOwners.get(c.id); if (other) problems.push(clash('prompt', c, other)); });
    // Feedback is counted per statement: two sets in force at once would make the counts meaningless.
    const statementsOwner = pack.feedbackStatements && [...installed].find(([id, parsed]) => id !== pack.id && parsed.success && parsed.data.feedbackStatements)?.[0];
    if (statementsOwner) {
      problems.push(`feedbackStatements: the installed pack ${owner(statementsOwner)} already replaces the feedback statements, and only one pack can. Remove that pack first, or leave feedbackStatements out of "${pack.name}" (${pack.id}).`);
    }
    if (problems.length) throw new PackConflict(problems);

    const previous = installed.get(pack.id);
    await db.packSections.where('packId').equals(pack.id).delete();
    await db.services.where('packId').equals(pack.id).delete();
    await db.packs.put(row);
    const rows: (StoredRow & { packId: string })[][] = [pack.sections, pack.services].map((list) => list.map((item) => ({ ...item, packId: pack.id })));
    const total = rows[0]!.length + rows[1]!.length;
    let done = 0;
    for (const [list, table] of [[rows[0]!, db.packSections], [rows[1]!, db.services]] as const) {
      for (let start = 0; start < list.length; start += BATCH) {
        await table.bulkPut(list.slice(start, start + BATCH));
        done += Math.min(BATCH, list.length - start);
        onProgress(done / total);
      }
    }
    return { stored: row, previous: previous?.success ? previous.data : undefined };
  });
}
