import { createAuditRecorder } from '../../core/audit/recorder';
import { openDb, type CoplanDb } from '../../core/db';
import type { AuditInput } from '../../core/audit/schema';
import type { UsageEvent } from '../../core/models/usage';
import type { Session } from '../../core/session/schema';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { loadAuditIds } from '../../core/storage/audit-ids';
import { settingsItem } from '../../core/storage/settings-item';

/**
 * Turns sidebar usage into audit events stamped with the session, the framework and the
 * clinician's pseudonymous ids (the team from policy when it sets one).
 */
export function createUsageReporter(training: boolean, db: CoplanDb = openDb()): (event: UsageEvent, session: Session) => void {
  let ids = { clinician: DEFAULT_SETTINGS.clinicianId, team: DEFAULT_SETTINGS.teamId };
  const refresh = async () => {
    ids = await loadAuditIds();
  };
  // This loads when the first event comes, so events wait for the ids rather than take the defaults.
  const ready = refresh().catch(() => undefined);
  settingsItem.watch(() => void refresh());

  // A sidebar is in trainer mode or not for its whole life, and so are its sessions.
  const recorder = createAuditRecorder({ db, clinician: () => ids.clinician, team: () => ids.team, training });
  return (event, session) => {
    void ready.then(() => recorder.record({ ...event, sessionId: session.id, frameworkId: session.frameworkId, frameworkVersion: session.frameworkVersion } as AuditInput));
  };
}
