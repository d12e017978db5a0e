import { checksumOf, type AuditFileSource, type FileReport } from '../audit/exchange';
import type { CoplanDb } from '../db';
import { readFeedbackRow, type FeedbackRow } from './schema';
import { countNewRows } from './tallies';

// Feedback travels to the team lead like usage records (issue 16): one JSON file, checked whole,
// stored whole or not at all. Rows are keyed by their random id, so merging a file twice, or
// files that overlap, adds each response once.

export const FEEDBACK_FILE_FORMAT = 'coplan-feedback';
export const FEEDBACK_FILE_VERSION = 1;
const MAX_BYTES = 50 * 1024 * 1024;

class Problem extends Error {}

export async function feedbackFileText(rows: FeedbackRow[], exportedAt: number): Promise<string> {
  return JSON.stringify({ format: FEEDBACK_FILE_FORMAT, schemaVersion: FEEDBACK_FILE_VERSION, exportedAt: new Date(exportedAt).toISOString(), count: rows.length, rows, checksum: { algorithm: 'SHA-256', value: await checksumOf(rows) } });
}

/** Whether a parsed file claims to be a feedback file (the dashboard's import takes both kinds). */
export const isFeedbackFile = (data: unknown) => (data as { format?: unknown } | null)?.format === FEEDBACK_FILE_FORMAT;

async function readRows(data: Record<string, unknown>): Promise<FeedbackRow[]> {
  if (!Array.isArray(data.rows)) throw new Problem('is not a Coplan feedback file.');
  if (data.schemaVersion !== FEEDBACK_FILE_VERSION) throw new Problem(`uses feedback file version ${String(data.schemaVersion)}, but this Coplan reads version ${FEEDBACK_FILE_VERSION}.`);
  const checksum = data.checksum as { algorithm?: unknown; value?: unknown } | undefined;
  if (checksum?.algorithm !== 'SHA-256' || checksum.value !== (await checksumOf(data.rows))) throw new Problem('has been changed since it was exported (its checksum does not match).');
  return data.rows.map((raw, i) => {
    const row = readFeedbackRow(raw);
    // Never the row's content in the message: a bad row may hold exactly the text that must not spread.
    if (!row) throw new Problem(`has an invalid feedback row (number ${i + 1}). Nothing from this file was added.`);
    return row;
  });
}

const same = (a: FeedbackRow, b: FeedbackRow) => JSON.stringify(a) === JSON.stringify(b);

/** Merges one parsed feedback file in one transaction: every new row, or nothing if anything is wrong. */
export async function importFeedbackData(db: Pick<CoplanDb, 'feedback' | 'feedbackTallies' | 'transaction'>, name: string, data: Record<string, unknown>, size = 0): Promise<FileReport> {
  try {
    if (size > MAX_BYTES) throw new Problem('is larger than 50 MB.');
    const rows = await readRows(data);
    const byId = new Map<string, FeedbackRow>();
    for (const row of rows) {
      const seen = byId.get(row.id);
      if (seen && !same(seen, row)) throw new Problem(`has two different feedback rows with the same id ${row.id}.`);
      byId.set(row.id, row);
    }
    const unique = [...byId.values()];
    const added = await db.transaction('rw', db.feedback, db.feedbackTallies, async () => {
      const held = await db.feedback.bulkGet(unique.map((r) => r.id));
      const fresh = unique.filter((row, i) => {
        const stored = held[i];
        if (stored && !same(readFeedbackRow(stored) ?? ({} as FeedbackRow), row)) throw new Problem(`has a feedback row with id ${row.id} that is already held with different content.`);
        return !stored;
      });
      await db.feedback.bulkAdd(fresh);
      await countNewRows(db, fresh);
      return fresh.length;
    });
    return { name, ok: true, added, alreadyHeld: unique.length - added };
  } catch (error) {
    if (error instanceof Problem) return { name, ok: false, problem: error.message };
    return { name, ok: false, problem: 'could not be stored (the database refused it).' };
  }
}

/** Reads and merges a feedback file. */
export async function importFeedbackFile(db: Pick<CoplanDb, 'feedback' | 'feedbackTallies' | 'transaction'>, file: AuditFileSource): Promise<FileReport> {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(await file.text()) as Record<string, unknown>;
  } catch {
    return { name: file.name, ok: false, problem: 'is not a Coplan feedback file (it is not readable JSON).' };
  }
  return importFeedbackData(db, file.name, data ?? {}, file.size);
}
