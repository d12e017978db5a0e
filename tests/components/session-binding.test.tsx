// Issue 13 (H-02, H-15): a session shows its text only beside the record it began on. Elsewhere
// the sidebar opens on today's list, and continuing a session there asks first.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { newSession, withRecord } from '../../core/session/session';
import { fakeConnection } from '../fixtures/fake-connection';
import { smallFramework } from '../fixtures/small-framework';
import { renderSidebar } from './render-sidebar';

const ADA_RECORD = { tabId: 1, pageHash: 'a'.repeat(64) };
const BEN_RECORD = { tabId: 2, pageHash: 'b'.repeat(64) };
const MARKER = 'marker-ada-words';
const ADA_ROW = { ...withRecord(newSession(smallFramework, 'Ada', 'session-ada-0001', Date.now()), { ownWords: MARKER }, Date.now()), binding: ADA_RECORD };

/** Everything the sidebar holds: its markup and what its fields hold. */
const everything = () => document.body.innerHTML + [...document.querySelectorAll('textarea, input')].map((el) => (el as HTMLInputElement).value).join('\n');

function besideBen() {
  const page = fakeConnection([]);
  page.context.current = BEN_RECORD;
  return page;
}

describe('a session bound to its record', () => {
  it('resumes by itself beside the record it began on', async () => {
    await renderSidebar(fakeConnection([]).connection, {}, [ADA_ROW]);
    expect(screen.getByText(/Working on:/).parentElement?.textContent).toContain('Ada');
    expect(everything()).toContain(MARKER);
  });

  it('opens on today’s list beside another record, with labels and times only', async () => {
    const { model } = await renderSidebar(besideBen().connection, {}, [ADA_ROW]);
    expect(model.session.value).toBeUndefined();
    const list = within(screen.getByRole('region', { name: 'Today’s sessions' }));
    expect(list.getByRole('button', { name: 'Continue Ada' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start a new session' })).toBeTruthy();
    expect(everything()).not.toContain(MARKER);
  });

  it('asks before continuing a session from another record, and rebinds it only when the clinician confirms', async () => {
    const { model, store } = await renderSidebar(besideBen().connection, {}, [ADA_ROW]);
    fireEvent.click(screen.getByRole('button', { name: 'Continue Ada' }));
    const ask = await screen.findByRole('alert');
    expect(ask.textContent).toContain('This session began on another record.');
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(model.session.value).toBeUndefined();
    expect(everything()).not.toContain(MARKER);

    fireEvent.click(screen.getByRole('button', { name: 'Continue Ada' }));
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Continue here' }));
    await waitFor(() => expect(everything()).toContain(MARKER));
    await waitFor(async () => expect(((await store.get('session-ada-0001')) as { binding: unknown }).binding).toEqual(BEN_RECORD));
  });

  it('starts a new session beside another record, bound to that record', async () => {
    const { model } = await renderSidebar(besideBen().connection, {}, [ADA_ROW]);
    fireEvent.input(screen.getByRole('textbox', { name: 'Session label' }), { target: { value: 'Ben' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start a new session' }));
    await screen.findByRole('button', { name: 'All sessions' });
    expect(model.session.value?.binding).toEqual(BEN_RECORD);
    expect(everything()).not.toContain(MARKER);
  });
});

describe('"Hide" (issue 13, H-15)', () => {
  it('takes every piece of the session’s text out of the DOM until the clinician shows it again, by button or Alt+Shift+H', async () => {
    await renderSidebar(fakeConnection([]).connection, {}, [ADA_ROW]);
    expect(everything()).toContain(MARKER);
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    const show = await screen.findByRole('button', { name: 'Show' });
    expect(everything()).not.toContain(MARKER);
    expect(everything()).not.toContain('Ada');
    expect(document.activeElement).toBe(show);
    fireEvent.click(show);
    await waitFor(() => expect(everything()).toContain(MARKER));

    fireEvent.keyDown(document, { key: 'H', code: 'KeyH', altKey: true, shiftKey: true });
    await screen.findByRole('button', { name: 'Show' });
    expect(everything()).not.toContain(MARKER);
    fireEvent.keyDown(document, { key: 'H', code: 'KeyH', altKey: true, shiftKey: true });
    await waitFor(() => expect(everything()).toContain(MARKER));
  });
});

describe('the side panel following the active tab (issue 13, H-15)', () => {
  it('takes the session out of the DOM while another tab is answering, shows the list beside another record, and the session again beside its own', async () => {
    const { model } = await renderSidebar(fakeConnection([]).connection, {}, [ADA_ROW]);
    expect(everything()).toContain(MARKER);
    let answer: (where: typeof BEN_RECORD) => void = () => undefined;
    const toBen = model.follow(new Promise((done) => (answer = done)));
    // Before the new tab has said whose record it shows: nothing of the session at all.
    await screen.findByText('Checking whose record this tab shows…');
    expect(everything()).not.toContain(MARKER);
    expect(everything()).not.toContain('Ada');
    answer(BEN_RECORD);
    await toBen;
    await screen.findByRole('button', { name: 'Continue Ada' });
    expect(everything()).not.toContain(MARKER);
    await model.follow(Promise.resolve(ADA_RECORD));
    await waitFor(() => expect(everything()).toContain(MARKER));
  });
});
