// Issue 13, "the side panel follows the tab": the model sets the session aside the moment the tab
// changes, and brings it back only beside its own record.
import { describe, expect, it } from 'vitest';
import { createSessionModel } from '../../core/models/session-model';
import type { Binding } from '../../core/session/schema';
import { memoryStore, type SessionStore } from '../../core/session/store';
import { smallFramework } from '../fixtures/small-framework';

const NOON = new Date('2026-11-25T12:00:00').getTime();
const ADA_TAB: Binding = { tabId: 1, pageHash: 'a'.repeat(64) };
const BEN_TAB: Binding = { tabId: 2, pageHash: 'b'.repeat(64) };
let ids = 0;
const model = (store: SessionStore = memoryStore()) =>
  createSessionModel({ store, framework: smallFramework, now: () => NOON, newId: () => `session-${++ids}-follow` });

/** A context answer the test releases when it chooses, as a slow page would. */
function later() {
  let answer: (where: Binding | undefined) => void = () => undefined;
  const where = new Promise<Binding | undefined>((done) => (answer = done));
  return { where, answer };
}

async function adaOpen() {
  const m = model();
  await m.load(ADA_TAB);
  await m.start('Ada');
  await m.updateRecord({ ownWords: 'marker-ada' });
  return m;
}

describe('a sidebar that follows the active tab', () => {
  it('sets the open session aside at once, before the new tab’s context is known', async () => {
    const m = await adaOpen();
    const ben = later();
    const following = m.follow(ben.where);
    // Nothing awaited yet: the very next render has no session and no known record to continue on.
    expect(m.session.value).toBeUndefined();
    expect(m.here.value).toBeUndefined();
    expect(m.moving.value).toBe(true);
    ben.answer(BEN_TAB);
    await following;
    expect(m.moving.value).toBe(false);
    expect(m.session.value).toBeUndefined();
    expect(m.here.value).toEqual(BEN_TAB);
    expect(m.today.value.map((s) => s.label)).toEqual(['Ada']);
  });

  it('brings the session back on returning to its own record', async () => {
    const m = await adaOpen();
    await m.follow(Promise.resolve(BEN_TAB));
    await m.follow(Promise.resolve(ADA_TAB));
    expect(m.session.value?.record.ownWords).toBe('marker-ada');
  });

  it('brings back a finished session that was open, since the clinician was looking at it', async () => {
    const m = await adaOpen();
    await m.finish();
    await m.follow(Promise.resolve(undefined));
    await m.follow(Promise.resolve(ADA_TAB));
    expect(m.session.value?.label).toBe('Ada');
  });

  it('opens nothing for a tab the clinician has already left', async () => {
    const m = await adaOpen();
    const back = later();
    const returning = m.follow(back.where);
    // The clinician moves on to another record before the first answer arrives.
    const onward = m.follow(Promise.resolve(BEN_TAB));
    back.answer(ADA_TAB);
    await Promise.all([returning, onward]);
    expect(m.session.value).toBeUndefined();
    expect(m.here.value).toEqual(BEN_TAB);
  });

  it('opens nothing when the tab changes again while the session is being read back', async () => {
    const store = memoryStore();
    const m = model(store);
    await m.load(ADA_TAB);
    await m.start('Ada');
    await m.follow(Promise.resolve(BEN_TAB));
    // Hold the read of the session until the clinician has switched tabs once more.
    let release = () => undefined as void;
    const held = new Promise<void>((done) => (release = done));
    const get = store.get.bind(store);
    store.get = async (id) => {
      await held;
      return get(id);
    };
    const returning = m.follow(Promise.resolve(ADA_TAB));
    await new Promise((done) => setTimeout(done, 0));
    const onward = m.follow(Promise.resolve(BEN_TAB));
    release();
    await Promise.all([returning, onward]);
    expect(m.session.value).toBeUndefined();
  });

  it('leaves open a session the clinician chose while the new tab was being read', async () => {
    const m = await adaOpen();
    const ben = later();
    const following = m.follow(ben.where);
    await m.start('Ben');
    ben.answer(BEN_TAB);
    await following;
    expect(m.session.value?.label).toBe('Ben');
  });

  it('shows the list, not the session set aside, when the new tab cannot answer at all', async () => {
    const m = await adaOpen();
    await m.follow(Promise.reject(new Error('no page')));
    expect(m.moving.value).toBe(false);
    expect(m.session.value).toBeUndefined();
    expect(m.today.value.map((s) => s.label)).toEqual(['Ada']);
  });
});
