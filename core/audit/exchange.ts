import type { CoplanDb } from '../db';
import { otherFileProblem, unreadableFileProblem } from './file-kinds';
import { appendEvents, auditTablesOf, eventsOfSessions, findEvents } from './event-store';
import { addIds, maybeHeld, readBuckets } from './id-hashes';
import { AuditEventSchema, describeIssues, toRow, type AuditEvent, type AuditRow } from './schema';

// A clinician's usage records travel to their team lead as one JSON file (issue 7). The lead
// imports many; each file is checked whole and stored whole or not at all.

export const AUDIT_FILE_FORMAT = 'coplan-audit-events';
export const AUDIT_FILE_VERSION = 1;
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Clocks drift; more than this ahead of ours means a wrong clock or a made-up record. */
export const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * A File, or anything shaped like one (tests use small fakes, e.g. for a 200 MB size). With its
 * bytes, the checksum is taken over them as they are; without, over the text encoded again.
 */
export interface AuditFileSource { name: string; size: number; text(): Promise<string>; arrayBuffer?(): Promise<ArrayBuffer> }

export type FileReport =
  | { name: string; ok: true; added: number; alreadyHeld: number }
  | { name: string; ok: false; problem: string };

class ImportProblem extends Error {}

/** SHA-256 (hex) of the events exactly as JSON.stringify writes them. */
export function checksumOf(events: unknown): Promise<string> {
  return sha256(JSON.stringify(events));
}

async function sha256(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', typeof data === 'string' ? new TextEncoder().encode(data) : data);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

// A file as auditFileText writes it: the events come between this head and this tail, exactly as
// JSON.stringify wrote them when the checksum was taken. Every quote in the head and tail is JSON's
// own (a quote inside a string is escaped), so what lies between is the top-level events array.
// Both are ASCII (exportedAt as toISOString writes it), so their lengths in characters are their
// lengths in bytes.
const HEAD = new RegExp(`^\\{"format":"${AUDIT_FILE_FORMAT}","schemaVersion":${AUDIT_FILE_VERSION},"exportedAt":"[0-9TZ:.+-]*","count":\\d+,"events":`);
const TAIL = /,"checksum":\{"algorithm":"SHA-256","value":"[0-9a-f]{64}"\}\}$/;

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Whether the file's events hash to its checksum. Serialising 100,000 parsed events again took
 * about as long as parsing them (issue 20's import budget), so a file laid out as Coplan writes it
 * has its events' own bytes hashed, as read (encoding a slice of the text again took longer than
 * hashing it: 4.3 s for 29 MB in Chromium at load 17), or its events' text encoded when there are
 * no bytes; any other layout (a file saved again, pretty-printed) has its parsed events serialised
 * and hashed, as before.
 */
async function eventsMatch(text: string, bytes: Uint8Array<ArrayBuffer> | undefined, value: unknown, events: unknown): Promise<boolean> {
  const head = HEAD.exec(text);
  const tail = head && TAIL.exec(text);
  if (tail) {
    // The decoded text has lost a byte-order mark the bytes still begin with.
    const start = head[0].length + (bytes && BOM.every((b, i) => bytes[i] === b) ? BOM.length : 0);
    const raw = bytes ? bytes.subarray(start, bytes.length - (text.length - tail.index)) : text.slice(head[0].length, tail.index);
    if ((await sha256(raw)) === value) return true;
  }
  return value === (await checksumOf(events));
}

/** The file a clinician sends to their team lead. */
export async function auditFileText(events: AuditEvent[], exportedAt: number): Promise<string> {
  const checksum = { algorithm: 'SHA-256', value: await checksumOf(events) };
  return JSON.stringify({ format: AUDIT_FILE_FORMAT, schemaVersion: AUDIT_FILE_VERSION, exportedAt: new Date(exportedAt).toISOString(), count: events.length, events, checksum });
}

async function readEvents(file: AuditFileSource, now: number): Promise<AuditEvent[]> {
  // Checked before reading: a huge file would stall the page before any other check could run.
  if (file.size > MAX_FILE_BYTES) throw new ImportProblem('is larger than 200 MB. Ask for it to be exported again over a shorter date range.');
  let data: Record<string, unknown>;
  const [text, buffer] = await Promise.all([file.text(), file.arrayBuffer?.()]);
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // The export writes its format first, so a file that begins this way was cut short.
    throw new ImportProblem(unreadableFileProblem(file.name, text.trimStart().startsWith(`{"format":"${AUDIT_FILE_FORMAT}"`)));
  }
  if (!data || typeof data !== 'object' || data.format !== AUDIT_FILE_FORMAT || !Array.isArray(data.events)) {
    throw new ImportProblem(otherFileProblem(data));
  }
  if (data.schemaVersion !== AUDIT_FILE_VERSION) {
    throw new ImportProblem(`uses file version ${String(data.schemaVersion)}, but this Coplan reads version ${AUDIT_FILE_VERSION}. Export it again from an up-to-date Coplan.`);
  }
  const checksum = data.checksum as { algorithm?: unknown; value?: unknown } | undefined;
  if (checksum?.algorithm !== 'SHA-256' || !(await eventsMatch(text, buffer && new Uint8Array(buffer), checksum.value, data.events))) {
    throw new ImportProblem('has been changed since it was exported (its checksum does not match).');
  }
  const events = data.events.map((raw, i) => {
    const parsed = AuditEventSchema.safeParse(raw);
    if (!parsed.success) throw new ImportProblem(`has an invalid record (number ${i + 1}: ${describeIssues(parsed.error.issues)}).`);
    return parsed.data;
  });
  const future = events.find((e) => e.at > now + FUTURE_SLACK_MS);
  if (future) throw new ImportProblem(`has records dated in the future (record ${future.id}, ${new Date(future.at).toISOString()}). Check the clock of the computer it came from.`);
  return events;
}

/** Same record: the stored row is exactly what this event would be stored as. */
/** Equal values, objects and arrays by their content (an equality-recorded event holds an object of answers), in any key order. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && sameValue(x[k], y[k]));
}

function sameContent(stored: AuditRow | Record<string, unknown>, event: AuditEvent): boolean {
  const row = stored as Record<string, unknown>;
  return sameValue(row, toRow(event, row.origin === 'local' ? 'local' : 'imported'));
}

function uniqueById(events: AuditEvent[]): AuditEvent[] {
  const byId = new Map<string, AuditEvent>();
  for (const event of events) {
    const seen = byId.get(event.id);
    if (seen && !sameContent(toRow(seen, 'imported'), event)) throw new ImportProblem(`has two different records with the same id ${event.id}.`);
    byId.set(event.id, event);
  }
  return [...byId.values()];
}

/** Imports one file in one transaction: every new record, or nothing if anything is wrong. */
export async function importAuditFile(db: CoplanDb, file: AuditFileSource, now: number): Promise<FileReport> {
  try {
    const events = uniqueById(await readEvents(file, now));
    // Nothing but Dexie is awaited inside, or the transaction would commit early (TOOLCHAIN.md).
    const added = await db.transaction('rw', auditTablesOf(db), async () => {
      // One read per id bucket tells which ids may be held (their hash is); those are looked for in
      // their own sessions, and any not found there in every block (an id held in another session
      // is by definition different content; an id only sharing a hash with one held is new).
      const ids = events.map((e) => e.id);
      const buckets = await readBuckets(db.auditEventIds, ids);
      const maybe = maybeHeld(buckets, ids);
      const maybeEvents = maybe.size ? events.filter((e) => maybe.has(e.id)) : [];
      const stored = new Map((await eventsOfSessions(db, new Set(maybeEvents.map((e) => e.sessionId)))).map((row) => [row.id, row]));
      const elsewhere = new Set(maybeEvents.filter((e) => !stored.has(e.id)).map((e) => e.id));
      if (elsewhere.size) for (const row of await findEvents(db, elsewhere)) stored.set(row.id, row);
      for (const event of maybeEvents) {
        const row = stored.get(event.id);
        if (row && !sameContent(row, event)) throw new ImportProblem(`has a record with id ${event.id} that is already held with different content.`);
      }
      // Events, blocks and the sessions' rollups in the same transaction: a refused file leaves them as they were.
      const fresh: AuditRow[] = [];
      for (const event of events) if (!stored.has(event.id)) fresh.push(toRow(event, 'imported'));
      await addIds(db.auditEventIds, buckets, fresh.map((row) => row.id));
      await appendEvents(db, fresh);
      return fresh.length;
    });
    return { name: file.name, ok: true, added, alreadyHeld: events.length - added };
  } catch (error) {
    if (error instanceof ImportProblem) return { name: file.name, ok: false, problem: error.message };
    const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
    return { name: file.name, ok: false, problem: quota ? 'did not fit: this device has run out of storage space.' : 'could not be stored (the database refused it).' };
  }
}
