import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eventRows, auditDump } from '../fixtures/audit/tables';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditFileText, importAuditFile, MAX_FILE_BYTES, type AuditFileSource } from '../../core/audit/exchange';
import { auditBundle } from '../../core/audit/fhir';
import { importTeamFiles } from '../../core/feedback/team-files';
import { fromRow } from '../../core/audit/schema';
import { CoplanDb } from '../../core/db';
import { GOLDEN_EVENTS } from '../fixtures/audit/golden';

const NOW = Date.parse('2026-01-01T12:00:00Z');
const fixture = (path: string): AuditFileSource => {
  const text = readFileSync(resolve(import.meta.dirname, '../fixtures/audit', path), 'utf8');
  return { name: path, size: Buffer.byteLength(text), text: async () => text };
};
const source = (name: string, text: string): AuditFileSource => ({ name, size: text.length, text: async () => text });
/** Every row, in key order, as text: equal dumps mean an unchanged table. */
const dump = auditDump;

let db: CoplanDb;
let n = 0;
beforeEach(async () => {
  db = new CoplanDb(`audit-exchange-${++n}`);
  await db.open();
});

describe('importing a clinician’s file', () => {
  it('adds every record of a good file, marked as imported', async () => {
    expect(await importAuditFile(db, fixture('clinician-a.json'), NOW)).toEqual({ name: 'clinician-a.json', ok: true, added: 21, alreadyHeld: 0 });
    const rows = await eventRows(db);
    expect(rows.every((r) => r.origin === 'imported')).toBe(true);
    expect(rows.map(fromRow).every(Boolean)).toBe(true);
  });

  it('changes nothing when the same file is imported twice', async () => {
    await importAuditFile(db, fixture('clinician-a.json'), NOW);
    const before = await dump(db);
    expect(await importAuditFile(db, fixture('clinician-a.json'), NOW)).toMatchObject({ ok: true, added: 0, alreadyHeld: 21 });
    expect(await dump(db)).toBe(before);
  });

  it('imports many files with one report each and tells progress after each', async () => {
    const progress: number[] = [];
    const reports = await importTeamFiles(db, [fixture('clinician-a.json'), fixture('bad/tampered.json'), fixture('clinician-b.json')], () => NOW, (done) => progress.push(done));
    expect(reports.map((r) => r.ok)).toEqual([true, false, true]);
    expect(progress).toEqual([1, 2, 3]);
    expect((await eventRows(db)).length).toBe(GOLDEN_EVENTS.length);
  });

  it('round-trips: an exported file imports into another database unchanged', async () => {
    const text = await auditFileText(GOLDEN_EVENTS, NOW);
    await importAuditFile(db, source('all.json', text), NOW);
    const other = new CoplanDb(`audit-exchange-copy-${n}`);
    const again = await auditFileText((await eventRows(db)).sort((a, b) => a.at - b.at).map((r) => fromRow(r)!), NOW);
    expect(await importAuditFile(other, source('again.json', again), NOW)).toMatchObject({ ok: true, added: GOLDEN_EVENTS.length });
    // Events in a session's block, and prompts in a version's list, follow the order they arrived in; what is held is the same.
    const prompts = async (d: CoplanDb) => (await d.auditPrompts.toArray()).map((p) => p.domains.map(([domain, ids]) => [domain, [...ids].sort()]));
    const held = async (d: CoplanDb) => JSON.stringify([await eventRows(d), await d.auditSessions.toArray(), await prompts(d)]);
    expect(await held(other)).toBe(await held(db));
  });
});

describe('refusing a bad file, leaving the database exactly as it was', () => {
  beforeEach(async () => {
    await importAuditFile(db, fixture('clinician-a.json'), NOW);
  });

  it.each([
    ['bad/wrong-version.json', /uses file version 2, but this Coplan reads version 1/],
    ['bad/not-coplan.json', /is a FHIR bundle, .*cannot be imported back\. This import takes the “Records for merging \(JSON\)” files/],
    ['bad/not-json.json', /not readable JSON/],
    ['bad/tampered.json', /changed since it was exported \(its checksum does not match\)/],
    ['bad/future.json', /dated in the future \(record event-from-the-future, 2099-01-01/],
    ['bad/free-text.json', /invalid record \(number 10: fields that should not be there\)/],
    ['bad/duplicate-ids.json', /two different records with the same id session-bst-change-midnight-1/],
    ['bad/conflicts-with-held.json', /record with id session-gmt-monday-1 that is already held with different content/],
  ])('%s', async (path, message) => {
    const before = await dump(db);
    const report = await importAuditFile(db, fixture(path), NOW);
    expect(report.ok).toBe(false);
    expect(report.ok ? '' : report.problem).toMatch(message);
    expect(report.ok ? '' : report.problem).not.toMatch(/FREE TEXT/);
    expect(await dump(db)).toBe(before);
  });

  it('checks the checksum over the events as written, and over the events again when a file was laid out anew', async () => {
    const whole = await auditFileText(GOLDEN_EVENTS, NOW);
    // One status changed in the text as written: hashing that text (no serialising again) still sees it.
    const changed = whole.replace('"status":"explored"', '"status":"declined"');
    expect(changed).not.toBe(whole);
    const before = await dump(db);
    expect(await importAuditFile(db, source('changed.json', changed), NOW)).toMatchObject({ ok: false, problem: expect.stringMatching(/checksum does not match/) });
    expect(await dump(db)).toBe(before);
    // The same file saved again pretty-printed, and one changed the same way.
    const pretty = JSON.stringify(JSON.parse(whole), null, 2);
    expect(await importAuditFile(db, source('changed-pretty.json', JSON.stringify(JSON.parse(changed), null, 2)), NOW)).toMatchObject({ ok: false });
    expect(await importAuditFile(db, source('pretty.json', pretty), NOW)).toMatchObject({ ok: true });
  });

  it('checks the checksum over the file’s own bytes when it has them, past a byte-order mark', async () => {
    const withBytes = (name: string, text: string, bom = false): AuditFileSource => {
      const bytes = new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);
      return { name, size: bytes.length, text: async () => new TextDecoder().decode(bytes), arrayBuffer: async () => bytes.buffer };
    };
    // Events written with an escape JSON.stringify would not write: only hashing them as they are
    // (not serialised again) matches the checksum, so an import proves the bytes were hashed.
    const events = JSON.stringify(GOLDEN_EVENTS).replace('"session-started"', '"session-st\\u0061rted"');
    const value = createHash('sha256').update(events).digest('hex');
    const written = `{"format":"coplan-audit-events","schemaVersion":1,"exportedAt":"2026-01-01T12:00:00.000Z","count":${GOLDEN_EVENTS.length},"events":${events},"checksum":{"algorithm":"SHA-256","value":"${value}"}}`;
    const other = new CoplanDb(`audit-exchange-bytes-${n}`);
    expect(await importAuditFile(other, withBytes('bom.json', written, true), NOW)).toMatchObject({ ok: true, added: GOLDEN_EVENTS.length });
    const before = await dump(other);
    const changed = written.replace('"status":"explored"', '"status":"declined"');
    expect(await importAuditFile(other, withBytes('changed.json', changed), NOW)).toMatchObject({ ok: false, problem: expect.stringMatching(/checksum does not match/) });
    expect(await dump(other)).toBe(before);
    other.close();
  });

  it('says a usage-records file was cut short, rather than calling it no Coplan file', async () => {
    const whole = await auditFileText(GOLDEN_EVENTS.slice(0, 3), NOW);
    const report = await importAuditFile(db, source('cut.json', whole.slice(0, whole.length / 2)), NOW);
    expect(report).toMatchObject({ ok: false, problem: expect.stringMatching(/^is a Coplan usage-records file that has been cut short: its end is missing/) });
  });

  it('names the dashboard’s own FHIR export and the file the import takes instead', async () => {
    const fhir = auditBundle(GOLDEN_EVENTS.slice(0, 3), { filters: { from: '2025-01-01', to: '2025-12-31', training: false }, frameworks: [], generatedAt: NOW });
    const report = await importAuditFile(db, source('coplan-fhir.json', JSON.stringify(fhir)), NOW);
    expect(report.ok ? '' : report.problem).toBe(
      'is the dashboard’s “FHIR AuditEvent bundle (JSON)” export, made for governance systems; it cannot be imported back. This import takes the “Records for merging (JSON)” files that clinicians export from their own Coplan dashboard, and feedback files.',
    );
  });

  it.each([
    ['a scenario pack', { schemaVersion: 1, scenarios: [] }, /scenario pack for the demo EHR.*“Trainer tools”/],
    ['a content pack', { schemaVersion: 1, services: [], sections: [] }, /content pack.*“Content packs”/],
  ])('sends %s to the import that takes it', async (_kind, data, message) => {
    expect(await importAuditFile(db, source('pack.json', JSON.stringify(data)), NOW)).toMatchObject({ ok: false, problem: expect.stringMatching(message) });
  });

  it('refuses a file over 200 MB without reading it', async () => {
    const before = await dump(db);
    const huge: AuditFileSource = { name: 'huge.json', size: MAX_FILE_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) };
    expect(await importAuditFile(db, huge, NOW)).toEqual({ name: 'huge.json', ok: false, problem: expect.stringMatching(/larger than 200 MB/) });
    expect(await dump(db)).toBe(before);
  });

  it('names a held id that comes back at a different time, and adds nothing', async () => {
    const before = await dump(db);
    const held = GOLDEN_EVENTS.find((e) => e.id === 'session-gmt-monday-1')!;
    const text = await auditFileText([{ ...held, at: held.at + 10 * 86_400_000 }], NOW);
    expect(await importAuditFile(db, source('moved.json', text), NOW)).toMatchObject({ ok: false, problem: expect.stringMatching(/id session-gmt-monday-1 that is already held/) });
    expect(await dump(db)).toBe(before);
  });

  it('adds none of a file’s new records when one of them conflicts with a record held', async () => {
    const before = await dump(db);
    const held = GOLDEN_EVENTS.find((e) => e.id === 'session-gmt-monday-1')!;
    const fresh = GOLDEN_EVENTS.filter((e) => e.clinician === 'clinician-b');
    const text = await auditFileText([...fresh, { ...held, at: held.at + 1 }], NOW);
    expect(await importAuditFile(db, source('mixed.json', text), NOW)).toMatchObject({ ok: false });
    expect(await dump(db)).toBe(before);
  });
});
