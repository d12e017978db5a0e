import type { CoplanDb } from '../db';
import { isQuotaError } from '../packs/import';
import { decodeUtf8, scanJson } from '../packs/json-text';
import { firstFew } from '../packs/problems';
import type { PackFile } from '../packs/read';
import { checkLanguagePack, LanguagePackSchema, type LanguagePack } from './language-pack';

// A trust's own language packs for the person's copy (issue 14), imported on the options page.
// Checked whole before anything is written, then stored in one transaction: a bad file leaves
// the database as it was, and the copy never mixes a half-imported translation into a plan.

/** A language pack is a few kilobytes of phrases; anything far larger is not one. */
export const LANGUAGE_PACK_MAX_BYTES = 256 * 1024;
const MAX_DEPTH = 6;

export type LanguagePackImport =
  | { ok: true; pack: LanguagePack; previousVersion?: string }
  | { ok: false; message: string; problems: string[] };

/** Reads, checks and stores a language pack file; a pack with the same id is replaced. */
export async function importLanguagePack(db: CoplanDb, file: PackFile): Promise<LanguagePackImport> {
  const refuse = (...problems: string[]): LanguagePackImport => ({
    ok: false,
    message: `Coplan did not import “${file.name}”, and nothing was changed.`,
    problems: firstFew(problems),
  });
  if (file.size === 0) return refuse('the file is empty');
  if (file.size > LANGUAGE_PACK_MAX_BYTES) return refuse(`the file is ${Math.ceil(file.size / 1024)} KB; a language pack may be at most ${LANGUAGE_PACK_MAX_BYTES / 1024} KB`);
  const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  if ('problem' in decoded) return refuse(`line ${decoded.problem.line}, column ${decoded.problem.column}: ${decoded.problem.message}`);
  const syntax = scanJson(decoded.text, MAX_DEPTH);
  if (syntax) return refuse(`line ${syntax.line}, column ${syntax.column}: ${syntax.message}`);
  const json: unknown = JSON.parse(decoded.text);
  if (!json || typeof json !== 'object' || (json as { kind?: unknown }).kind !== 'language-pack') {
    return refuse('kind: this is not a language pack ("kind": "language-pack"); content packs are imported under “Content packs”');
  }
  const checked = checkLanguagePack(json);
  if (!checked.ok) return refuse(...checked.problems);
  const { pack } = checked;
  try {
    const previous = await db.transaction('rw', db.languagePacks, async () => {
      const before = await db.languagePacks.get(pack.id);
      await db.languagePacks.put({ ...pack });
      return before;
    });
    const parsed = LanguagePackSchema.safeParse(previous);
    return { ok: true, pack, previousVersion: parsed.success ? parsed.data.version : undefined };
  } catch (error) {
    return refuse(isQuotaError(error) ? 'there is not enough storage space left in this browser for this pack' : `it could not be saved (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Installed packs as stored; each is checked again where it is used (core/copy/languages.ts). */
export async function storedLanguagePacks(db: CoplanDb): Promise<unknown[]> {
  return db.languagePacks.toArray();
}

/** Installed packs that still pass their check, by English name, for the options page. */
export async function listLanguagePacks(db: CoplanDb): Promise<LanguagePack[]> {
  const packs = (await storedLanguagePacks(db)).flatMap((row) => {
    const checked = checkLanguagePack(row);
    return checked.ok ? [checked.pack] : [];
  });
  return packs.sort((a, b) => a.englishName.localeCompare(b.englishName) || a.id.localeCompare(b.id));
}

export async function removeLanguagePack(db: CoplanDb, id: string): Promise<void> {
  await db.languagePacks.delete(id);
}
