import { describe, expect, it, vi } from 'vitest';
import { CoplanDb } from '../../core/db';
import { createSessionModel } from '../../core/models/session-model';
import { dexieStore } from '../../core/session/dexie-store';
import { SessionSchema } from '../../core/session/schema';
import { memoryStore } from '../../core/session/store';
import { smallFramework } from '../fixtures/small-framework';

const NOON = new Date('2026-11-25T12:00:00').getTime();
let ids = 0;
const ADA_RECORD = { tabId: 1, pageHash: 'a'.repeat(64) };
const BEN_RECORD = { tabId: 2, pageHash: 'b'.repeat(64) };
const model = (store = memoryStore(), now = NOON) =>
  createSessionModel({ store, framework: smallFramework, now: () => now, newId: () => `session-${++ids}-xyz` });

describe('session model', () => {
  it('starts a session stamped with the framework id and version, labelled by the clinician', async () => {
    const m = model();
    await m.start('  AB ');
    expect(m.session.value).toMatchObject({ label: 'AB', frameworkId: 'test-framework', frameworkVersion: '0.1.0' });
    expect(m.today.value.map((s) => s.label)).toEqual(['AB']);
  });

  it('starts a session with a time label when the clinician marks a prompt first', async () => {
    const m = model();
    await m.updatePrompt('faith-importance', { status: 'explored' });
    expect(m.session.value?.label).toMatch(/^Session at \d\d:\d\d$/);
    expect(m.session.value?.prompts['faith-importance']?.status).toBe('explored');
  });

  it('saves every change so a new sidebar on the same database resumes it exactly', async () => {
    const db = new CoplanDb('session-model-test');
    const first = model(dexieStore(db));
    await first.load(ADA_RECORD);
    await first.start('CD');
    await first.updatePrompt('faith-importance', { status: 'declined', note: 'Prefers to talk to the imam' });
    await first.updateRecord({ ownWords: 'I want to stay at home' });

    const reloaded = model(dexieStore(db), NOON + 60_000);
    await reloaded.load(ADA_RECORD);
    expect(reloaded.session.value).toEqual(first.session.value);
    expect(SessionSchema.safeParse(await db.sessions.get(first.session.value!.id)).success).toBe(true);
    db.close();
  });

  it('keeps only the newest text when typing outpaces the database', async () => {
    const store = memoryStore();
    const m = model(store);
    await m.start('EF');
    const writes = ['I', 'I w', 'I wa', 'I want'].map((ownWords) => m.updateRecord({ ownWords }));
    await Promise.all(writes);
    expect(((await store.get(m.session.value!.id)) as { record: { ownWords: string } }).record.ownWords).toBe('I want');
  });

  it('draws a status change once it is stored, and a record change at once (bench status-change-persisted)', async () => {
    // A store whose writes land only when the test says so.
    const inner = memoryStore();
    const landing: (() => void)[] = [];
    const store = { ...inner, put: (row: Parameters<typeof inner.put>[0]) => new Promise<void>((done) => landing.push(() => void inner.put(row).then(done))) };
    const land = async () => {
      await vi.waitFor(() => expect(landing.length).toBeGreaterThan(0));
      landing.shift()!();
      await new Promise((done) => setTimeout(done));
    };
    const m = model(store);
    const started = m.start('ST');
    await land();
    await started;
    const saved = m.updatePrompt('faith-importance', { status: 'explored' });
    // Typed in the same task, before the status's write has landed: built on the model's newest state.
    void m.updatePrompt('faith-importance', { note: 'Goes to the gurdwara' });
    expect(m.session.value?.prompts['faith-importance']).toBeUndefined();
    await land();
    // The first write landed: the newest state is drawn while the note's own write is still going.
    expect(landing).toHaveLength(1);
    expect(m.session.value?.prompts['faith-importance']).toMatchObject({ status: 'explored', note: 'Goes to the gurdwara' });
    await land();
    await saved;
    const recordSaved = m.updateRecord({ ownWords: 'I want to stay at home' });
    expect(m.session.value?.record.ownWords).toBe('I want to stay at home');
    await land();
    await recordSaved;
    expect(((await inner.get(m.session.value!.id)) as { prompts: Record<string, unknown> }).prompts['faith-importance']).toMatchObject({ status: 'explored', note: 'Goes to the gurdwara' });
  });

  it('goes on saving after a write fails, and draws the change the clinician made', async () => {
    const inner = memoryStore();
    let fail = false;
    const store = { ...inner, put: async (row: Parameters<typeof inner.put>[0]) => (fail ? Promise.reject(new Error('disk full')) : inner.put(row)) };
    const m = model(store);
    await m.start('WF');
    fail = true;
    await expect(m.updatePrompt('faith-importance', { status: 'declined' })).rejects.toThrow('disk full');
    expect(m.session.value?.prompts['faith-importance']?.status).toBe('declined');
    fail = false;
    await m.updatePrompt('faith-importance', { note: 'Later' });
    expect(((await inner.get(m.session.value!.id)) as { prompts: Record<string, unknown> }).prompts['faith-importance']).toMatchObject({ status: 'declined', note: 'Later' });
  });

  it('follows a newer change made by another sidebar on the same session', async () => {
    const store = memoryStore();
    const frame = model(store);
    await frame.start('GH');
    const panel = model(store, NOON + 1000);
    await panel.resume(frame.session.value!.id);
    await panel.updatePrompt('language-preferred', { status: 'revisit' });
    expect(frame.session.value?.prompts['language-preferred']?.status).toBe('revisit');
  });

  it('does not resume yesterday’s or a finished session on load', async () => {
    const store = memoryStore();
    const yesterday = model(store, NOON - 86_400_000);
    await yesterday.start('old');
    const finished = model(store);
    await finished.start('done');
    await finished.finish();
    const today = model(store, NOON + 1000);
    await today.load(undefined);
    expect(today.session.value).toBeUndefined();
    expect(today.today.value.map((s) => [s.label, s.finished])).toEqual([['done', true]]);
  });

  it('locks a finished session against every edit, keeps what went into the EHR, and reopens it with an id-only usage event (issue 18)', async () => {
    const store = memoryStore();
    const usage: string[] = [];
    const m = createSessionModel({ store, framework: smallFramework, now: () => NOON, newId: () => `session-${++ids}-xyz`, onUsage: (event) => usage.push(JSON.stringify(event)) });
    await m.start('KL');
    await m.updatePrompt('faith-importance', { status: 'explored', note: 'Before' });
    await m.noteInserted(['Care plan']);
    await m.finish();
    const finished = m.session.value!;
    await m.updatePrompt('faith-importance', { status: 'declined', note: 'After' });
    await m.updateRecord({ ownWords: 'Typed after finishing' });
    await m.updateReview({ excluded: ['x'], agreed: [], readBack: true });
    await m.setAgenda({ path: 'all', domains: [] });
    expect(m.session.value).toEqual(finished);
    expect(await store.get(finished.id)).toEqual(finished);
    // Inserting after finishing is no edit of the session: the finishing message may name it.
    await m.noteInserted(['Care plan', 'Crisis plan']);
    expect(m.session.value?.insertedInto).toEqual(['Care plan', 'Crisis plan']);

    await m.reopen();
    expect(m.session.value?.finishedAt).toBeUndefined();
    expect(usage.at(-1)).toBe(JSON.stringify({ type: 'session-reopened' }));
    await m.updatePrompt('faith-importance', { note: 'After' });
    expect((await store.get(finished.id)) as { prompts: Record<string, { note: string }> }).toMatchObject({ prompts: { 'faith-importance': { note: 'After' } } });
    // An undone insert leaves nothing named.
    await m.noteInserted([]);
    expect(m.session.value?.insertedInto).toBeUndefined();
  });

  it('deletes the session on demand', async () => {
    const store = memoryStore();
    const m = model(store);
    await m.start('IJ');
    const id = m.session.value!.id;
    await m.remove();
    expect(m.session.value).toBeUndefined();
    expect(await store.get(id)).toBeUndefined();
  });

  it('lists a damaged draft as could-not-be-restored with its raw text, and migrates a version-1 draft', async () => {
    const v1 = { schemaVersion: 1, id: 'session-v1-old', label: 'KL', frameworkId: 'test-framework', frameworkVersion: '0.1.0', createdAt: NOON, updatedAt: NOON, training: false, prompts: { 'faith-importance': { status: 'explored', note: 'kept' } } };
    const damaged = { id: 'session-bad-1', updatedAt: NOON, createdAt: NOON, prompts: 'not an object', record: { ownWords: 'words worth keeping' } };
    const m = model(memoryStore([v1, damaged]), NOON + 1000);
    await m.load(undefined);
    await m.resume('session-v1-old');
    expect(m.session.value?.id).toBe('session-v1-old');
    expect(m.session.value?.prompts['faith-importance']).toEqual({ status: 'explored', note: 'kept' });
    expect(m.unrestorable.value).toHaveLength(1);
    expect(m.unrestorable.value[0]!.raw).toContain('words worth keeping');
  });

  it('restores a draft saved before the language and communication fields existed, with them empty', async () => {
    const before = {
      schemaVersion: 2, id: 'session-pre-14', label: 'MN', frameworkId: 'test-framework', frameworkVersion: '0.1.0', createdAt: NOON, updatedAt: NOON, training: false, prompts: {},
      record: { ownWords: 'kept', carerView: '', actions: [], disagreements: '', options: {}, participants: { interpreter: true, interpreterLanguage: 'Dari', advocate: false, carer: false, nominatedPerson: false } },
    };
    const m = model(memoryStore([before]), NOON + 1000);
    await m.load(undefined);
    await m.resume('session-pre-14');
    expect(m.session.value?.record.ownWords).toBe('kept');
    expect(m.session.value?.record.communication).toEqual({ preferredLanguage: '', interpreterNeeded: 'not-asked', support: '' });
    expect(m.session.value?.record.participants).toMatchObject({ interpreterLanguage: 'Dari', interpreterKind: '', interpreterReason: '' });
  });

  it('resumes by itself only a session that began on the record the sidebar is beside (issue 13)', async () => {
    const store = memoryStore();
    const first = model(store);
    await first.load(ADA_RECORD);
    await first.start('Ada');
    await first.updateRecord({ ownWords: 'marker-ada' });
    expect(first.session.value?.binding).toEqual(ADA_RECORD);

    const elsewhere = model(store, NOON + 1000);
    await elsewhere.load(BEN_RECORD);
    expect(elsewhere.session.value).toBeUndefined();
    expect(elsewhere.today.value.map((s) => s.label)).toEqual(['Ada']);
    // Nothing clinical in the list: labels, times and hashes only.
    expect(JSON.stringify(elsewhere.today.value)).not.toContain('marker-ada');

    const again = model(store, NOON + 2000);
    await again.load(ADA_RECORD);
    expect(again.session.value?.record.ownWords).toBe('marker-ada');
  });

  it('binds a session continued on another record to that record only when asked to', async () => {
    const store = memoryStore();
    const first = model(store);
    await first.load(ADA_RECORD);
    await first.start('Ada');
    const id = first.session.value!.id;

    const elsewhere = model(store, NOON + 1000);
    await elsewhere.load(BEN_RECORD);
    await elsewhere.resume(id);
    expect(elsewhere.session.value?.binding).toEqual(ADA_RECORD);
    await elsewhere.leave();
    await elsewhere.resume(id, BEN_RECORD);
    expect(elsewhere.session.value?.binding).toEqual(BEN_RECORD);
    expect(((await store.get(id)) as { binding: unknown }).binding).toEqual(BEN_RECORD);
  });
});
