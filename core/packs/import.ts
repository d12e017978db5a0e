import type { CoplanDb } from '../db';
import type { GuidanceSection } from '../guidance/schema';
import { firstFew } from './problems';
import { readPackFile, type PackFile, type Progress } from './read';
import type { BuiltIns, StoredPack } from './schema';
import { PackConflict, writePack } from './write';

/** What the options page shows after an import. */
export type ImportResult =
  | { ok: true; pack: StoredPack; replacesBuiltIn: string[]; previousVersion?: string; sections: GuidanceSection[] }
  | { ok: false; message: string; problems: string[] };

const QUOTA = 'there is not enough storage space left in this browser for this pack. Remove packs you no longer need, or free space in the browser, and import it again.';

/** Storage full, however Dexie wrapped it: an abort's inner error, or a bulk write's failures. */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  const failures = Array.isArray(e.failures) ? e.failures : [];
  return [e.inner, e.cause, ...failures].some((inner) => inner !== error && isQuotaError(inner));
}

/**
 * Imports a pack file all or nothing (DESIGN.md rule 6): read and check the whole file, then write it
 * in one transaction that refuses clashes with installed packs before its first write.
 */
export async function importPack(db: CoplanDb, file: PackFile, builtIns: BuiltIns, onProgress: Progress = () => undefined): Promise<ImportResult> {
  const refuse = (problems: string[]): ImportResult => ({
    ok: false,
    message: `Coplan did not import “${file.name}”, and nothing was changed.`,
    problems: firstFew(problems),
  });
  let read;
  try {
    read = await readPackFile(file, builtIns, (f) => onProgress(0.6 * f));
  } catch (error) {
    return refuse([`the file could not be read (${String(error)})`]);
  }
  if (!read.ok) return refuse(read.problems);
  const { pack } = read;
  try {
    const { stored, previous } = await writePack(db, pack, (f) => onProgress(0.6 + 0.4 * f));
    onProgress(1);
    const replacesBuiltIn = pack.sections.map((s) => s.id).filter((id) => builtIns.sectionIds.has(id));
    // The sections as checked and written go back too, so the search index is built without reading them back.
    return { ok: true, pack: stored, replacesBuiltIn, previousVersion: previous?.version, sections: pack.sections };
  } catch (error) {
    if (error instanceof PackConflict) return refuse(error.problems);
    if (isQuotaError(error)) return refuse([QUOTA]);
    return refuse([`it could not be saved (${error instanceof Error ? error.message : String(error)})`]);
  }
}
