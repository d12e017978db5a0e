import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../components/sidebar/App';
import { CoplanDb } from '../../core/db';
import { libraryOf } from '../../core/guidance/library';
import { createGuidanceModel } from '../../core/models/guidance-model';
import { createSessionModel } from '../../core/models/session-model';
import { dexieStore } from '../../core/session/dexie-store';
import type { Session } from '../../core/session/schema';
import { newSession } from '../../core/session/session';
import { fakeConnection } from '../fixtures/fake-connection';
import { smallFramework } from '../fixtures/small-framework';
import { smallGuidance } from '../fixtures/small-guidance';

// H-07: what a clinician or trainee sees in today's list when practice and real sessions share
// one database. The whole sidebar, over a real Dexie database (fake-indexeddb).

const NOON = new Date('2026-11-25T12:00:00').getTime();
const at = (hh: number, mm = 0) => new Date(`2026-11-25T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00`).getTime();

// Every session here began on the record the sidebar sits beside (issue 13 binds sessions to it).
const HERE = { tabId: 1, pageHash: 'a'.repeat(64) };

function row(id: string, label: string, training: boolean, updatedAt: number, finished = false): Session {
  const session = newSession(smallFramework, label, id, updatedAt - 60_000, training);
  return { ...session, binding: HERE, updatedAt, ...(finished ? { finishedAt: updatedAt } : {}) };
}

// The newest unfinished session is a practice one.
const ROWS = [
  row('real-earlier-0001', 'Real AB', false, at(9)),
  row('real-latest-0001', 'Real CD', false, at(10)),
  row('real-finished-0001', 'Real EF', false, at(10, 30), true),
  row('practice-open-0001', 'Practice Amir', true, at(11)),
  row('practice-done-0001', 'Practice Grace', true, at(11, 30), true),
];

let open: CoplanDb[] = [];
let count = 0;

afterEach(async () => {
  for (const db of open) {
    db.close();
    await db.delete();
  }
  open = [];
});

async function renderOver(training: boolean) {
  const db = new CoplanDb(`training-separation-view-${++count}`);
  open.push(db);
  await db.sessions.bulkPut(structuredClone(ROWS));
  const model = createSessionModel({ store: dexieStore(db), framework: smallFramework, training, now: () => NOON });
  const guidance = createGuidanceModel(async () => libraryOf(smallGuidance));
  await model.load(HERE);
  render(<App framework={smallFramework} model={model} guidance={guidance} connection={fakeConnection([]).connection} training={training} />);
  await screen.findByRole('heading', { name: 'Co-production record' });
  return db;
}


const todaysList = () => within(screen.getByRole('region', { name: 'Today’s sessions' }));
const resumeButtons = () => todaysList().getAllByRole('button').map((b) => b.getAttribute('aria-label'));

describe('today’s sessions as a clinician sees them (H-07)', () => {
  it('a training sidebar opens on the start form and lists only the practice sessions, with no real session anywhere on screen', async () => {
    const db = await renderOver(true);

    expect(screen.getByRole('note').textContent).toContain('Training mode.');
    expect(screen.getByRole('button', { name: 'Start a new session' })).toBeTruthy();
    expect(screen.queryByText(/Working on:/)).toBeNull();
    expect(resumeButtons()).toEqual(['Continue Practice Grace', 'Continue Practice Amir']);
    expect(document.body.textContent).not.toMatch(/Real (AB|CD|EF)/);

    fireEvent.click(todaysList().getByRole('button', { name: 'Continue Practice Amir' }));
    expect((await screen.findByText(/Working on:/)).parentElement?.textContent).toContain('Practice Amir');
  });

  it('a real sidebar opens the latest unfinished real session and its list shows only real sessions, with no practice session anywhere on screen', async () => {
    const db = await renderOver(false);

    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByText(/Working on:/).parentElement?.textContent).toContain('Real CD');
    expect(document.body.textContent).not.toContain('Practice');

    fireEvent.click(screen.getByRole('button', { name: 'All sessions' }));
    await waitFor(() => expect(resumeButtons()).toEqual(['Continue Real EF', 'Continue Real CD', 'Continue Real AB']));
    expect(document.body.textContent).not.toContain('Practice');
  });
});
