import { importAuditFile, MAX_FILE_BYTES, type AuditFileSource, type FileReport } from '../audit/exchange';
import type { CoplanDb } from '../db';
import { FEEDBACK_FILE_FORMAT, importFeedbackFile } from './exchange';

/**
 * Imports a team's files one after another, usage records and feedback alike (issue 16), telling
 * how many are done; one report per file. Each file is read once.
 */
export async function importTeamFiles(db: CoplanDb, files: AuditFileSource[], now: () => number, onProgress?: (done: number) => void): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) {
    let text: Promise<string> | undefined;
    const once: AuditFileSource = { name: file.name, size: file.size, text: () => (text ??= file.text()) };
    // Feedback files are written with their format first; a huge file is left to the usage import to refuse unread.
    const feedback = file.size <= MAX_FILE_BYTES && (await once.text()).startsWith(`{"format":"${FEEDBACK_FILE_FORMAT}"`);
    reports.push(feedback ? await importFeedbackFile(db, once) : await importAuditFile(db, once, now()));
    onProgress?.(reports.length);
  }
  return reports;
}
