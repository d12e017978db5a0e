import { SessionSchema, type Session } from './schema';
import { EMPTY_RECORD } from './session';

export type Restored = { ok: true; session: Session } | { ok: false; id: string; raw: string; reason: string };

/** Older rows are brought up to the current shape; a version-1 session had no co-production record. */
function migrate(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && (raw as { schemaVersion?: unknown }).schemaVersion === 1) {
    return { ...raw, schemaVersion: 2, record: structuredClone(EMPTY_RECORD) };
  }
  return raw;
}

function rawText(raw: unknown): string {
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    return String(raw);
  }
}

/**
 * Reads a stored row. A damaged row is never thrown at the view: it comes back as "could not be
 * restored" with its raw text, so the clinician can still copy what was written.
 */
export function restoreSession(raw: unknown): Restored {
  const parsed = SessionSchema.safeParse(migrate(raw));
  if (parsed.success) return { ok: true, session: parsed.data };
  const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : 'unknown';
  const where = parsed.error.issues.map((i) => i.path.join('.') || '(whole record)').slice(0, 3).join(', ');
  return { ok: false, id, raw: rawText(raw), reason: `the saved draft does not match the expected shape (at ${where})` };
}
