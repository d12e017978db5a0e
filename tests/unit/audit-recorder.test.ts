import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventRows } from '../fixtures/audit/tables';
import { createAuditRecorder } from '../../core/audit/recorder';
import { fromRow, type AuditInput } from '../../core/audit/schema';
import { CoplanDb } from '../../core/db';

const session = { sessionId: 'f47ac10b-58cc-4372-a567-0e02b2c3d479', frameworkId: 'coplan-core', frameworkVersion: '1.0.0' };
let db: CoplanDb;
let n = 0;
beforeEach(() => {
  db = new CoplanDb(`audit-recorder-${++n}`);
});

function recorder(onError = vi.fn(), training: boolean | (() => boolean) = false) {
  let id = 0;
  return { onError, audit: createAuditRecorder({ db, clinician: () => 'clinician-7f3a', team: () => 'team-north', training, now: () => 1_750_000_000_000, newId: () => `event-${++id}`, onError }) };
}

describe('audit recorder', () => {
  it('stores an event with its id, time, clinician, team and training flag', async () => {
    const { audit } = recorder();
    await audit.record({ ...session, type: 'prompt-status-set', domainId: 'faith', promptId: 'faith-importance', status: 'declined' });
    const [row] = await eventRows(db);
    expect(row).toMatchObject({ id: 'event-1', at: 1_750_000_000_000, clinician: 'clinician-7f3a', team: 'team-north', training: 0, origin: 'local' });
    expect(fromRow(row)).toMatchObject({ type: 'prompt-status-set', status: 'declined', training: false });
  });

  it('flags training events, reading the flag at each event', async () => {
    let training = false;
    const { audit } = recorder(vi.fn(), () => training);
    await audit.record({ ...session, type: 'session-started' });
    training = true;
    await audit.record({ ...session, type: 'session-finished' });
    expect((await eventRows(db)).map((r) => r.training)).toEqual([0, 1]);
  });

  it.each<[string, unknown]>([
    ['free text where an id belongs', { ...session, type: 'guidance-opened', sectionId: 'What the person said about their faith' }],
    ['a search string', { ...session, type: 'search-run', resultCount: 3, query: 'interpreter for Mrs A' }],
    ['a note on a status', { ...session, type: 'prompt-status-set', domainId: 'faith', promptId: 'faith-importance', status: 'explored', note: 'private words' }],
    ['an unknown status', { ...session, type: 'prompt-status-set', domainId: 'faith', promptId: 'faith-importance', status: 'talked about it' }],
    ['an upper-case label as session id', { ...session, sessionId: 'Mr Example 10:30', type: 'session-started' }],
  ])('refuses %s, writes nothing and reports only field paths', async (_name, input) => {
    const { audit, onError } = recorder();
    await audit.record(input as AuditInput);
    expect((await eventRows(db)).length).toBe(0);
    expect(onError).toHaveBeenCalledWith('invalid', expect.any(String));
    expect(JSON.stringify(onError.mock.calls)).not.toMatch(/faith\b.*said|Mrs A|private words|talked about|Example/);
  });

  it('never rejects into the UI, even when the database cannot be written', async () => {
    const { audit, onError } = recorder();
    vi.spyOn(db.auditBlocks, 'bulkPut').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await expect(audit.record({ ...session, type: 'summary-copied' })).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith('write-failed', 'QuotaExceededError');
  });

  it('refuses an event when the clinician id is not yet set, rather than storing a blank', async () => {
    const onError = vi.fn();
    const audit = createAuditRecorder({ db, clinician: () => '', team: () => 'team-north', training: false, onError });
    await audit.record({ ...session, type: 'session-started' });
    expect((await eventRows(db)).length).toBe(0);
    expect(onError).toHaveBeenCalledWith('invalid', 'clinician');
  });
});
