import { describe, expect, it } from 'vitest';
import { auditTablesOf, recordEvents } from '../../core/audit/event-store';
import { auditFileText, importAuditFile } from '../../core/audit/exchange';
import { addIds, idHash, maybeHeld, readBuckets } from '../../core/audit/id-hashes';
import { toRow } from '../../core/audit/schema';
import { clearImported } from '../../core/audit/store';
import { CoplanDb, SCHEMA_HISTORY } from '../../core/db';
import { GOLDEN_EVENTS } from '../fixtures/audit/golden';
import { auditDump, eventRows } from '../fixtures/audit/tables';

// Event ids are held as hashes (core/audit/id-hashes.ts): a hash held only says an id may be held,
// so imports confirm against the events. These tests hold that to the rules: an id held anywhere is
// found, an id that only shares a hash is still added, and a database that kept ids as text
// upgrades holding exactly the same ids.

const NOW = Date.parse('2026-01-01T12:00:00Z');
let n = 0;
const fresh = () => new CoplanDb(`audit-id-hashes-${++n}`);
const source = (name: string, text: string) => ({ name, size: text.length, text: async () => text });
const allHashes = async (db: CoplanDb) => (await db.auditEventIds.toArray()).flatMap((row) => [...row.hashes]).sort();
const hashesOf = (ids: string[]) => ids.map(idHash).sort();

describe('event ids held as hashes', () => {
  it('hold one hash per event held, and none once the events are removed', async () => {
    const db = fresh();
    const text = await auditFileText(GOLDEN_EVENTS, NOW);
    await importAuditFile(db, source('all.json', text), NOW);
    expect(await allHashes(db)).toEqual(hashesOf(GOLDEN_EVENTS.map((e) => e.id)));
    await clearImported(db);
    expect(await allHashes(db)).toEqual([]);
    db.close();
  });

  it('refuse a record whose id is held in another session, and add nothing', async () => {
    const db = fresh();
    await recordEvents(db, GOLDEN_EVENTS.map((e) => toRow(e, 'local')));
    const before = await auditDump(db);
    const held = GOLDEN_EVENTS[0]!;
    const text = await auditFileText([{ ...held, sessionId: 'another-session' }], NOW);
    expect(await importAuditFile(db, source('moved.json', text), NOW)).toMatchObject({ ok: false, problem: expect.stringMatching(new RegExp(`id ${held.id} that is already held`)) });
    expect(await auditDump(db)).toBe(before);
    db.close();
  });

  it('add a record whose id only shares a hash with one held, and release one hash of the two', async () => {
    const db = fresh();
    const event = GOLDEN_EVENTS[0]!;
    // As if another id held had the same hash: the hash is held, the id is not.
    await db.transaction('rw', db.auditEventIds, async () => {
      const held = await readBuckets(db.auditEventIds, [event.id]);
      await addIds(db.auditEventIds, held, [event.id]);
    });
    expect(maybeHeld(await readBuckets(db.auditEventIds, [event.id]), [event.id])).toEqual(new Set([event.id]));
    const text = await auditFileText([event], NOW);
    expect(await importAuditFile(db, source('one.json', text), NOW)).toMatchObject({ ok: true, added: 1, alreadyHeld: 0 });
    expect(await allHashes(db)).toEqual([idHash(event.id), idHash(event.id)]);
    expect(await importAuditFile(db, source('one.json', text), NOW)).toMatchObject({ ok: true, added: 0, alreadyHeld: 1 });
    await clearImported(db);
    expect(await allHashes(db)).toEqual([idHash(event.id)]);
    db.close();
  });

  it('are what a database that kept ids as text holds once it upgrades, with the same counts', async () => {
    const name = `audit-id-hashes-upgrade-${++n}`;
    const before = new CoplanDb(name, SCHEMA_HISTORY.filter((s) => s.version <= 10));
    const rows = GOLDEN_EVENTS.map((e, i) => toRow(e, i % 2 ? 'imported' : 'local'));
    await recordEvents(before, rows);
    // The ids as versions 5–10 kept them: text, joined by spaces, in buckets.
    const ids = rows.map((r) => r.id);
    await before.auditEventIds.clear();
    await before.auditEventIds.bulkPut([0, 1, 2].map((bucket) => ({ bucket, ids: ids.filter((_, i) => i % 3 === bucket).join(' ') })) as never);
    const others = JSON.stringify(await Promise.all(auditTablesOf(before).filter((t) => t.name !== 'auditEventIds').map((t) => t.toArray())));
    before.close();

    const after = new CoplanDb(name);
    expect(await allHashes(after)).toEqual(hashesOf(ids));
    expect(JSON.stringify(await Promise.all(auditTablesOf(after).filter((t) => t.name !== 'auditEventIds').map((t) => t.toArray())))).toBe(others);
    // Every id is still known: the same records imported again count nothing twice.
    const text = await auditFileText(GOLDEN_EVENTS, NOW);
    expect(await importAuditFile(after, source('again.json', text), NOW)).toMatchObject({ ok: true, added: 0, alreadyHeld: GOLDEN_EVENTS.length });
    expect((await eventRows(after)).length).toBe(GOLDEN_EVENTS.length);
    after.close();
  });
});
