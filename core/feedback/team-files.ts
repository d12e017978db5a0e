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
    let [text, buffer]: [Promise<string>?, Promise<ArrayBuffer>?] = [];
    // With its bytes, the text is decoded from them (as File.text() does), so the file is read once.
    const bytes = file.arrayBuffer && (() => (buffer ??= file.arrayBuffer!()));
    const decoded = () => (bytes ? bytes().then((b) => new TextDecoder().decode(b)) : file.text());
    const once: AuditFileSource = { name: file.name, size: file.size, text: () => (text ??= decoded()), ...(bytes && { arrayBuffer: bytes }) };
    // Feedback files are written with their format first; a huge file is left to the usage import to refuse unread.
    const feedback = file.size <= MAX_FILE_BYTES && (await once.text()).startsWith(`{"format":"${FEEDBACK_FILE_FORMAT}"`);
    reports.push(feedback ? await importFeedbackFile(db, once) : await importAuditFile(db, once, now()));
    onProgress?.(reports.length);
  }
  return reports;
}
