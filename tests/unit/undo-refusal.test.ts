// @vitest-environment happy-dom
// H-12: "Undo insert" puts back what the field held before, but only while the field still holds
// exactly what the insert left there. The rule lives where the page's elements are: the content
// script's answer to the sidebar (createPageFields), tested here against a real DOM.
import { afterEach, describe, expect, it } from 'vitest';
import type { PageContext } from '../../core/messages';
import { createPageFields } from '../../entrypoints/ehr.content/features/page-fields';

const SUMMARY = 'Co-produced care plan discussion\nFaith: explored.';

afterEach(() => {
  document.body.replaceChildren();
});

/** A page with labelled textareas, and the content script's handler for the sidebar's requests. */
async function page(values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const id = label.toLowerCase().replace(/\W+/g, '-');
    document.body.insertAdjacentHTML('beforeend', `<label for="${id}">${label}</label><textarea id="${id}"></textarea>`);
    (document.getElementById(id) as HTMLTextAreaElement).value = value;
  }
  const ask = createPageFields(document, new AbortController().signal, {
    keyContext: async (raw) => ({ pageHash: raw.page }),
    personRule: async () => undefined,
    preferred: async () => undefined,
    remember: async () => {},
    obscured: () => undefined,
    concealed: () => undefined,
    known: () => undefined,
  });
  const { fields } = (await ask({ type: 'sidebarToPage.listFields' })) as { fields: { id: string; label: string }[] };
  const context = (await ask({ type: 'sidebarToPage.pageContext' })) as PageContext;
  const field = (label: string) => {
    const info = fields.find((f) => f.label === label)!;
    const el = document.getElementById(label.toLowerCase().replace(/\W+/g, '-')) as HTMLTextAreaElement;
    return { id: info.id, el };
  };
  return {
    field,
    insert: (label: string, continues?: boolean) =>
      ask({ type: 'sidebarToPage.insertSummary', fieldId: field(label).id, text: SUMMARY, mode: 'append', context, ...(continues ? { continues } : {}) }),
    undo: () => ask({ type: 'sidebarToPage.undoInsert' }) as Promise<{ ok: boolean }>,
  };
}

/** What a person typing at the end of the field does: the value changes and the page hears an input event. */
function typeAtEnd(el: HTMLTextAreaElement, text: string): void {
  el.value += text;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

describe('undo after an insert', () => {
  it('puts back what the field held when nothing has changed since the insert', async () => {
    const ehr = await page({ 'Care plan': 'Kept text.' });
    expect(await ehr.insert('Care plan')).toMatchObject({ ok: true });
    expect(await ehr.undo()).toEqual({ ok: true });
    expect(ehr.field('Care plan').el.value).toBe('Kept text.');
  });

  it('refuses, leaving the field as it is, when even one character has changed since the insert', async () => {
    const ehr = await page({ 'Care plan': 'Kept text.' });
    await ehr.insert('Care plan');
    const { el } = ehr.field('Care plan');
    typeAtEnd(el, ' ');
    const edited = el.value;
    expect(await ehr.undo()).toEqual({ ok: false });
    expect(el.value).toBe(edited);
  });

  it('refuses when the page has rewritten the field, though the summary is still in it', async () => {
    const ehr = await page({ 'Care plan': 'Kept text.' });
    await ehr.insert('Care plan');
    const { el } = ehr.field('Care plan');
    el.value = `[Draft saved 10:42]\n${el.value}`;
    const stamped = el.value;
    expect(await ehr.undo()).toEqual({ ok: false });
    expect(el.value).toBe(stamped);
  });

  it('refuses when the clinician has taken the summary out themselves, and writes nothing', async () => {
    const ehr = await page({ 'Care plan': 'Kept text.' });
    await ehr.insert('Care plan');
    const { el } = ehr.field('Care plan');
    el.value = 'Kept text. Rewritten by hand.';
    let writes = 0;
    el.addEventListener('input', () => (writes += 1));
    expect(await ehr.undo()).toEqual({ ok: false });
    expect(el.value).toBe('Kept text. Rewritten by hand.');
    expect(writes).toBe(0);
  });

  it('goes ahead when the field was changed and changed back to exactly what the insert left', async () => {
    const ehr = await page({ 'Care plan': 'Kept text.' });
    await ehr.insert('Care plan');
    const { el } = ehr.field('Care plan');
    const inserted = el.value;
    typeAtEnd(el, 'x');
    el.value = inserted;
    expect(await ehr.undo()).toEqual({ ok: true });
    expect(el.value).toBe('Kept text.');
  });

  it('does not try again after refusing, even once the field is back as the insert left it', async () => {
    const ehr = await page({ 'Care plan': 'Kept text.' });
    await ehr.insert('Care plan');
    const { el } = ehr.field('Care plan');
    const inserted = el.value;
    typeAtEnd(el, ' Signed.');
    expect(await ehr.undo()).toEqual({ ok: false });
    el.value = inserted;
    expect(await ehr.undo()).toEqual({ ok: false });
    expect(el.value).toBe(inserted);
  });

  it('refuses when the field has left the page', async () => {
    const ehr = await page({ 'Care plan': 'Kept text.' });
    await ehr.insert('Care plan');
    ehr.field('Care plan').el.remove();
    expect(await ehr.undo()).toEqual({ ok: false });
  });

  it('undoes only the last insert, never an earlier one into another field', async () => {
    const ehr = await page({ 'Care plan': 'Plan before.', 'Risk summary': 'Risk before.' });
    await ehr.insert('Care plan');
    await ehr.insert('Risk summary');
    const plan = ehr.field('Care plan').el;
    const planAfterInsert = plan.value;
    expect(await ehr.undo()).toEqual({ ok: true });
    expect(ehr.field('Risk summary').el.value).toBe('Risk before.');
    expect(plan.value).toBe(planAfterInsert);
    // The earlier insert is not next in line: a second undo does nothing.
    expect(await ehr.undo()).toEqual({ ok: false });
    expect(plan.value).toBe(planAfterInsert);
  });

  it('has nothing to undo when the insert did not stick, so the field is not written to', async () => {
    const ehr = await page({ 'Care plan': 'Kept text.' });
    const { el } = ehr.field('Care plan');
    // A page that puts its own value back after every input event.
    el.addEventListener('input', () => (el.value = 'Kept text.'));
    expect(await ehr.insert('Care plan')).toEqual({ ok: false, reason: 'did-not-stick' });
    el.value = 'Typed since.';
    expect(await ehr.undo()).toEqual({ ok: false });
    expect(el.value).toBe('Typed since.');
  });

  it('takes back every part of a multi-field insert at once (issue #18)', async () => {
    const ehr = await page({ 'Care plan': 'Plan before.', 'Crisis plan': 'Crisis before.' });
    await ehr.insert('Care plan');
    await ehr.insert('Crisis plan', true);
    expect(await ehr.undo()).toEqual({ ok: true });
    expect(ehr.field('Care plan').el.value).toBe('Plan before.');
    expect(ehr.field('Crisis plan').el.value).toBe('Crisis before.');
  });

  it('leaves a changed part alone while putting back the others, and says not all went back', async () => {
    const ehr = await page({ 'Care plan': 'Plan before.', 'Crisis plan': 'Crisis before.' });
    await ehr.insert('Care plan');
    await ehr.insert('Crisis plan', true);
    const crisis = ehr.field('Crisis plan').el;
    typeAtEnd(crisis, ' Edited.');
    const edited = crisis.value;
    expect(await ehr.undo()).toEqual({ ok: false });
    expect(crisis.value).toBe(edited);
    expect(ehr.field('Care plan').el.value).toBe('Plan before.');
  });
});
