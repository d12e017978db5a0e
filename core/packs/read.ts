import { GuidanceSectionSchema, type GuidanceSection } from '../guidance/schema';
import { checkPack } from './check';
import { decodeUtf8, scanJson } from './json-text';
import { describeIssues, forbiddenKeys } from './problems';
import { PACK_LIMITS, PACK_SCHEMA_VERSION, PackShellSchema, type BuiltIns, type Pack } from './schema';

/** A pack file as the options page gets it from a file picker or a drop. */
export interface PackFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reports 0–1 through reading and checking; writing reports the rest (./write.ts). */
export type Progress = (fraction: number) => void;

export type ReadResult = { ok: true; pack: Pack } | { ok: false; problems: string[] };

const CHUNK = 500;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
// Lets the progress bar repaint between chunks; only ever awaited outside a Dexie transaction.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads and checks a whole pack file, cheapest checks first; nothing is stored here. */
export async function readPackFile(file: PackFile, builtIns: BuiltIns, onProgress: Progress = () => undefined): Promise<ReadResult> {
  const fail = (...problems: string[]): ReadResult => ({ ok: false, problems });
  // Checked before reading a byte, so a huge file never fills memory.
  if (file.size > PACK_LIMITS.bytes) return fail(`the file is ${MB(file.size)}; a pack may be at most ${MB(PACK_LIMITS.bytes)}`);
  if (file.size === 0) return fail('the file is empty');
  const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  if ('problem' in decoded) return fail(at(decoded.problem));
  onProgress(0.05);
  const syntax = scanJson(decoded.text, PACK_LIMITS.depth);
  if (syntax) return fail(at(syntax));
  const json: unknown = JSON.parse(decoded.text);
  onProgress(0.15);

  if (json === null || typeof json !== 'object' || Array.isArray(json)) return fail('the file holds JSON, but not a Coplan pack: a pack is an object with schemaVersion, id, name and so on');
  if ((json as { kind?: unknown }).kind === 'language-pack') return fail('this is a language pack for the person’s copy: import it under “Language packs for the person’s copy”');
  const polluting = forbiddenKeys(json);
  if (polluting.length) return fail(...polluting);
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== PACK_SCHEMA_VERSION) {
    return fail(version === undefined ? 'schemaVersion: is missing; is this a Coplan content pack?'
      : `schemaVersion: this pack is written in schema version ${JSON.stringify(version)}, and this Coplan reads version ${PACK_SCHEMA_VERSION}`);
  }
  const sections = (json as { sections?: unknown }).sections;
  if (Array.isArray(sections) && sections.length > PACK_LIMITS.sections) {
    return fail(`sections: the pack has ${sections.length.toLocaleString('en-GB')} sections; one pack may hold at most ${PACK_LIMITS.sections.toLocaleString('en-GB')}`);
  }

  const shell = PackShellSchema.safeParse(json, { reportInput: true });
  const problems = shell.success ? [] : describeIssues(shell.error.issues);
  // Sections are most of a pack: checked in chunks so a large pack shows progress.
  const list = Array.isArray(sections) ? sections : [];
  const valid: GuidanceSection[] = [];
  for (let start = 0; start < list.length; start += CHUNK) {
    list.slice(start, start + CHUNK).forEach((section, i) => {
      const parsed = GuidanceSectionSchema.safeParse(section, { reportInput: true });
      if (parsed.success) valid.push(parsed.data);
      else problems.push(...describeIssues(parsed.error.issues, ['sections', start + i]));
    });
    onProgress(0.15 + (0.45 * Math.min(list.length, start + CHUNK)) / list.length);
    await nextTask();
  }
  if (!shell.success || problems.length) return fail(...problems);
  const pack: Pack = { ...shell.data, sections: valid };
  const inconsistent = checkPack(pack, builtIns);
  return inconsistent.length ? fail(...inconsistent) : { ok: true, pack };
}

const at = (problem: { line: number; column: number; message: string }) => `line ${problem.line}, column ${problem.column}: ${problem.message}`;
