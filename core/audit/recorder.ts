import { recordEvents } from './event-store';
import { AuditEventSchema, describeIssues, toRow, type AuditInput } from './schema';

export interface AuditRecorderOptions {
  /** The event and its session's rollup are written in one transaction. */
  db: Parameters<typeof recordEvents>[0];
  /** Pseudonymous ids from settings or policy, read at each event so a change applies at once. */
  clinician: () => string;
  team: () => string;
  /** Training sessions (the demo EHR) are flagged so audits leave them out unless asked. */
  training: boolean | (() => boolean);
  now?: () => number;
  newId?: () => string;
  /** Told when an event is refused or not written: a reason code and field paths, never values. */
  onError?: (reason: 'invalid' | 'write-failed', detail: string) => void;
}

/** Records what happened in the sidebar, for team-lead audits. */
export interface AuditRecorder {
  /** Resolves once written or dropped; never rejects, so callers may fire and forget. */
  record(input: AuditInput): Promise<void>;
}

const warn: NonNullable<AuditRecorderOptions['onError']> = (reason, detail) => console.warn(`Coplan audit event not recorded (${reason}): ${detail}`);

export function createAuditRecorder({ db, clinician, team, training, now = Date.now, newId = () => crypto.randomUUID(), onError = warn }: AuditRecorderOptions): AuditRecorder {
  return {
    async record(input) {
      try {
        const parsed = AuditEventSchema.safeParse({
          ...input,
          id: newId(),
          at: now(),
          clinician: clinician(),
          team: team(),
          training: typeof training === 'function' ? training() : training,
        });
        // Only paths are reported: a refused value may be exactly the free text that must not leak.
        if (!parsed.success) return onError('invalid', describeIssues(parsed.error.issues));
        const row = toRow(parsed.data, 'local');
        await recordEvents(db, [row]);
      } catch (error) {
        onError('write-failed', error instanceof Error ? error.name : 'unknown');
      }
    },
  };
}
