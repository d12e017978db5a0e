// @vitest-environment happy-dom
// H-01 (issue 13): the insert is checked where the write happens. The content script's answer to
// the sidebar compares the context the clinician saw with the page's, and again at each write in
// the same task, so a page that swaps the record in between gets nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { keyContext, type PersonContextRule } from '../../core/ehr/page-context';
import type { InsertReply, PageContext } from '../../core/messages';
import { createPageFields } from '../../entrypoints/ehr.content/features/page-fields';

const SUMMARY = 'Co-produced care plan discussion\nOwn words: marker-ada.';
const PERSON_RULE: PersonContextRule = { selector: '#person-number' };

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
  Reflect.deleteProperty(document, 'execCommand');
});

/** A record page with a care-plan field, and the content script's handler for the sidebar's requests. */
async function recordPage(person: string | undefined, rule?: PersonContextRule) {
  document.body.innerHTML = `<p>Record of <span id="person-number">${person ?? ''}</span></p><label for="plan">Care plan</label><textarea id="plan"></textarea>`;
  const ask = createPageFields(document, new AbortController().signal, {
    // Stands in for the background's keying; the check compares keyed values whatever the key.
    keyContext: (raw) => keyContext(raw, async (text) => `keyed:${text}`),
    personRule: async () => rule,
    preferred: async () => undefined,
    remember: async () => {},
    obscured: () => undefined,
    concealed: () => undefined,
    known: () => undefined,
  });
  const { fields } = (await ask({ type: 'sidebarToPage.listFields' })) as { fields: { id: string }[] };
  const plan = () => document.getElementById('plan') as HTMLTextAreaElement;
  return {
    plan,
    context: () => ask({ type: 'sidebarToPage.pageContext' }) as Promise<PageContext>,
    insert: (context: PageContext) =>
      ask({ type: 'sidebarToPage.insertSummary', fieldId: fields[0]!.id, text: SUMMARY, mode: 'append', context }) as Promise<InsertReply>,
    showPerson: (next: string) => (document.getElementById('person-number')!.textContent = next),
  };
}

describe('the insert check in the content script', () => {
  it('writes when the page is still the one the clinician saw', async () => {
    const page = await recordPage('DEMO-101', PERSON_RULE);
    expect(await page.insert(await page.context())).toMatchObject({ ok: true });
    expect(page.plan().value).toContain('marker-ada');
  });

  it('without a rule, tells apart records that differ only by query string, and refuses to write into the other', async () => {
    history.replaceState(null, '', '/record?pid=3311');
    const page = await recordPage(undefined);
    const first = await page.context();
    history.replaceState(null, '', '/record?pid=4422');
    const second = await page.context();
    expect(second.pageHash).not.toBe(first.pageHash);
    expect(await page.insert(first)).toEqual({ ok: false, reason: 'context-changed' });
    expect(page.plan().value).toBe('');
  });

  it('refuses when the page swaps the person on the field’s focus event, between the check and the write', async () => {
    const page = await recordPage('DEMO-101', PERSON_RULE);
    const seen = await page.context();
    let inputs = 0;
    page.plan().addEventListener('focus', () => page.showPerson('DEMO-102'));
    page.plan().addEventListener('input', () => (inputs += 1));
    expect(await page.insert(seen)).toEqual({ ok: false, reason: 'context-changed' });
    expect(page.plan().value).toBe('');
    expect(inputs).toBe(0);
  });

  it('stops typing into an editor when the page swaps the person on the first line’s input', async () => {
    const page = await recordPage('DEMO-101', PERSON_RULE);
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.setAttribute('aria-label', 'Progress note');
    document.body.append(editor);
    const typed: string[] = [];
    // An editor that takes typing, as Chromium's execCommand does; the page swaps the record on its first input.
    Object.assign(document, {
      execCommand: (command: string, _ui?: boolean, value?: string) => {
        if (command === 'insertText') {
          typed.push(value ?? '');
          editor.append(value ?? '');
          page.showPerson('DEMO-102');
        }
        return true;
      },
    });
    const ask = createPageFields(document, new AbortController().signal, {
      keyContext: (raw) => keyContext(raw, async (text) => `keyed:${text}`),
      personRule: async () => PERSON_RULE,
      preferred: async () => undefined,
      remember: async () => {},
      obscured: () => undefined,
      concealed: () => undefined,
      known: () => undefined,
    });
    const { fields } = (await ask({ type: 'sidebarToPage.listFields' })) as { fields: { id: string; label: string }[] };
    const fieldId = fields.find((f) => f.label === 'Progress note')!.id;
    const context = (await ask({ type: 'sidebarToPage.pageContext' })) as PageContext;
    expect(await ask({ type: 'sidebarToPage.insertSummary', fieldId, text: SUMMARY, mode: 'append', context })).toEqual({ ok: false, reason: 'context-changed' });
    // The second line, with the person's words, never went in.
    expect(typed).toEqual(['Co-produced care plan discussion']);
  });

  it('with a rule set but no one readable, says so instead of falling back to the address', async () => {
    const page = await recordPage(undefined, PERSON_RULE);
    const context = await page.context();
    expect(context.personUnreadable).toBe(true);
    expect(context.personHash).toBeUndefined();
  });

  it('holds a confirmation to the exact context it was shown for: once the person can be read, it no longer writes', async () => {
    const page = await recordPage(undefined, PERSON_RULE);
    const confirmedFor = await page.context();
    page.showPerson('DEMO-102');
    expect(await page.insert(confirmedFor)).toEqual({ ok: false, reason: 'context-changed' });
    expect(page.plan().value).toBe('');
    // On the page it was shown for, the confirmed insert goes in.
    page.showPerson('');
    expect(await page.insert(confirmedFor)).toMatchObject({ ok: true });
  });

  it('refuses a context for another person read by the same rule', async () => {
    const page = await recordPage('DEMO-101', PERSON_RULE);
    const ada = await page.context();
    page.showPerson('DEMO-102');
    expect((await page.context()).personHash).not.toBe(ada.personHash);
    expect(await page.insert(ada)).toEqual({ ok: false, reason: 'context-changed' });
  });
});
