import type { Transaction } from 'dexie';
import { addEvents, type AuditTables } from './event-store';
import type { AuditRow } from './schema';

/** Schema version 5: events stored a row each (versions 3–4) move into blocks, with fresh rollups. */
export async function moveEventsToBlocks(tx: Transaction): Promise<void> {
  const t = {
    auditBlocks: tx.table('auditBlocks'),
    auditEventIds: tx.table('auditEventIds'),
    auditSessions: tx.table('auditSessions'),
    auditPrompts: tx.table('auditPrompts'),
  } as AuditTables;
  // Rollups of version 4 had another shape; every one is made again from the events.
  await t.auditSessions.clear();
  const rows = (await tx.table('auditEvents').toArray()) as AuditRow[];
  // A row without a session could never be counted or exported; it is left behind with its table.
  await addEvents(t, rows.filter((r) => typeof r.sessionId === 'string' && typeof r.id === 'string' && (r.origin === 'local' || r.origin === 'imported')));
}
