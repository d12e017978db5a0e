import { describe, expect, it } from 'vitest';
import { CoplanDb } from '../../core/db';
import { purgeDueAt, purgeExpiredSessions, purgeIsNear } from '../../core/session/retention';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 25, 12);

describe('session retention', () => {
  it('deletes a draft older than the retention period and keeps a younger one', async () => {
    const db = new CoplanDb('retention-test');
    await db.sessions.bulkPut([
      { id: 'session-old1', createdAt: NOW - 30 * HOUR, updatedAt: NOW - 25 * HOUR },
      { id: 'session-new1', createdAt: NOW - 30 * HOUR, updatedAt: NOW - 23 * HOUR },
    ]);
    expect(await purgeExpiredSessions(db, NOW, 24)).toBe(1);
    expect((await db.sessions.toArray()).map((s) => s.id)).toEqual(['session-new1']);
    db.close();
  });

  it('uses the configured period, not the default', async () => {
    const db = new CoplanDb('retention-test-2');
    await db.sessions.put({ id: 'session-mid1', createdAt: NOW - 3 * HOUR, updatedAt: NOW - 3 * HOUR });
    expect(await purgeExpiredSessions(db, NOW, 2)).toBe(1);
    expect(await db.sessions.count()).toBe(0);
    db.close();
  });

  it('tells the sidebar the time the purge would take a draft, and warns only near it: the last quarter of the period, at most two hours', async () => {
    const updatedAt = NOW - 20 * HOUR;
    const due = purgeDueAt(updatedAt, 24);
    expect(due).toBe(NOW + 4 * HOUR);
    expect(purgeIsNear(NOW, updatedAt, 24)).toBe(false);
    expect(purgeIsNear(due - 2 * HOUR, updatedAt, 24)).toBe(true);
    // A one-hour period set by policy warns only in its last quarter, not for the whole hour.
    expect(purgeIsNear(NOW, NOW, 1)).toBe(false);
    expect(purgeIsNear(NOW + 45 * 60_000, NOW, 1)).toBe(true);
    // The time given is the purge's own rule: kept just before it, deleted just after.
    const db = new CoplanDb('retention-test-3');
    await db.sessions.put({ id: 'session-due1', createdAt: updatedAt, updatedAt });
    expect(await purgeExpiredSessions(db, due - 1, 24)).toBe(0);
    expect(await purgeExpiredSessions(db, due + 1, 24)).toBe(1);
    db.close();
  });
});
