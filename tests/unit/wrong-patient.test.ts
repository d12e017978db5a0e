import { describe, expect, it } from 'vitest';
import { contextChanges } from '../../core/session/wrong-patient';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const P1 = '1'.repeat(64);
const P2 = '2'.repeat(64);

describe('wrong-patient guard', () => {
  it('sees nothing to warn about on the same page and tab', () => {
    expect(contextChanges({ tabId: 3, pageHash: A }, { tabId: 3, pageHash: A })).toEqual([]);
  });

  it('warns when the page address changed and there is no person rule', () => {
    expect(contextChanges({ tabId: 3, pageHash: A }, { tabId: 3, pageHash: B })).toEqual(['page']);
  });

  it('lets the person rule decide: same person on another page is fine, another person on the same page is not', () => {
    expect(contextChanges({ pageHash: A, personHash: P1 }, { pageHash: B, personHash: P1 })).toEqual([]);
    expect(contextChanges({ pageHash: A, personHash: P1 }, { pageHash: A, personHash: P2 })).toEqual(['person']);
  });

  it('warns when the tab changed, as from the side panel on another tab', () => {
    expect(contextChanges({ tabId: 3, pageHash: A }, { tabId: 9, pageHash: A })).toEqual(['tab']);
  });

  it('asks when it never learnt where the session began', () => {
    expect(contextChanges(undefined, { pageHash: A })).toEqual(['unbound']);
  });

  it('warns when the page cannot be read at all', () => {
    expect(contextChanges({ pageHash: A }, undefined)).toEqual(['page']);
  });
});

describe('wrong-patient guard with a person rule (issue 13)', () => {
  it('asks when a rule is set but no one can be read on the page now, as for a change of person', () => {
    expect(contextChanges({ pageHash: A, personHash: P1 }, { pageHash: A, personUnreadable: true })).toEqual(['unreadable']);
    expect(contextChanges({ pageHash: A, personUnreadable: true }, { pageHash: A, personUnreadable: true })).toEqual(['unreadable']);
  });

  it('does not ask when the person is readable and unchanged, even in another tab', () => {
    expect(contextChanges({ tabId: 3, pageHash: A, personHash: P1 }, { tabId: 9, pageHash: B, personHash: P1 })).toEqual([]);
  });

  it('asks when the session began before the person could be read', () => {
    expect(contextChanges({ pageHash: A, personUnreadable: true }, { pageHash: A, personHash: P1 })).toEqual(['unbound']);
  });
});
