import { describe, expect, it } from 'vitest';
import { CoplanDb } from '../../core/db';
import { createSessionModel } from '../../core/models/session-model';
import { dexieStore } from '../../core/session/dexie-store';
import { memoryStore } from '../../core/session/store';
import { SessionSchema } from '../../core/session/schema';
import { smallFramework } from '../fixtures/small-framework';

const NOON = new Date('2026-11-25T12:00:00').getTime();

describe('session model', () => {
  it('starts a session stamped with the framework id and version', async () => {
    const model = createSessionModel({ store: memoryStore(), framework: smallFramework, now: () => NOON, newId: () => 'session-a1' });
    await model.resumeOrStart('AB');
    expect(model.session.value).toMatchObject({ id: 'session-a1', label: 'AB', frameworkId: 'test-framework', frameworkVersion: '0.1.0' });
  });

  it('saves a status so a new model on the same database sees it', async () => {
    const db = new CoplanDb('session-model-test');
    const first = createSessionModel({ store: dexieStore(db), framework: smallFramework, now: () => NOON, newId: () => 'session-b2' });
    await first.resumeOrStart('CD');
    await first.setStatus('faith-importance', 'explored');

    const reloaded = createSessionModel({ store: dexieStore(db), framework: smallFramework, now: () => NOON + 60_000 });
    await reloaded.resumeOrStart('ignored');
    expect(reloaded.session.value?.id).toBe('session-b2');
    expect(reloaded.session.value?.prompts['faith-importance']?.status).toBe('explored');
    expect(SessionSchema.safeParse(await db.sessions.get('session-b2')).success).toBe(true);
    db.close();
  });

  it('starts a new session rather than resuming yesterday’s', async () => {
    const store = memoryStore();
    const yesterday = createSessionModel({ store, framework: smallFramework, now: () => NOON - 86_400_000, newId: () => 'session-old' });
    await yesterday.resumeOrStart('EF');
    const today = createSessionModel({ store, framework: smallFramework, now: () => NOON, newId: () => 'session-new' });
    await today.resumeOrStart('EF');
    expect(today.session.value?.id).toBe('session-new');
  });
});
