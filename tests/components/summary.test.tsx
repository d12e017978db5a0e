import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeConnection } from '../fixtures/fake-connection';
import { renderSidebar } from './render-sidebar';

const CARE_PLAN = { id: 'f1', label: 'Care plan', kind: 'textarea', where: 'page' } as const;

async function withSession(connection = fakeConnection([CARE_PLAN]).connection) {
  const rendered = await renderSidebar(connection);
  fireEvent.click(within(screen.getByRole('group', { name: 'Status: What part does faith play in your life?' })).getByRole('radio', { name: 'Explored' }));
  await screen.findByRole('textbox', { name: 'Summary preview' });
  return rendered;
}

/** A session bound to record a, the page now on record b, and Insert pressed: the warning it shows. */
async function insertAfterRecordChanged() {
    const page = fakeConnection([CARE_PLAN]);
    const { model } = await withSession(page.connection);
    await waitFor(() => expect(model.session.value?.binding?.pageHash).toBe('a'.repeat(64)));
    page.context.current = { tabId: 1, pageHash: 'b'.repeat(64) };
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'EHR field' }) as HTMLSelectElement).value).toBe('f1'));
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    const warning = await screen.findByRole('alert');
  return { page, warning };
}

describe('summary and insertion', () => {
  it('previews a summary built from the session', async () => {
    await withSession();
    const preview = screen.getByRole('textbox', { name: 'Summary preview' }) as HTMLTextAreaElement;
    expect(preview.value).toContain('Explored: What part does faith play in your life?');
  });

  it('lists the page’s fields under “EHR field” and inserts the edited summary by appending', async () => {
    const page = fakeConnection([CARE_PLAN, { id: 'f2', label: 'Progress note', kind: 'contenteditable', where: 'frame: Encounter' }]);
    await withSession(page.connection);
    const picker = screen.getByRole('combobox', { name: 'EHR field' });
    await waitFor(() => expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Care plan', 'Progress note (frame: Encounter)']));
    fireEvent.change(picker, { target: { value: 'f2' } });
    expect(page.highlighted).toEqual(['f2']);
    fireEvent.input(screen.getByRole('textbox', { name: 'Summary preview' }), { target: { value: 'Edited by the clinician' } });
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    await waitFor(() => expect(page.inserted).toEqual([{ fieldId: 'f2', text: 'Edited by the clinician', mode: 'append' }]));
    expect((await screen.findByText("Inserted the summary into 'Progress note'. Check it there before you save the record.")).getAttribute('role')).toBe('status');
  });

  it('replaces only when the clinician chooses to', async () => {
    const page = fakeConnection([CARE_PLAN]);
    await withSession(page.connection);
    fireEvent.click(screen.getByRole('radio', { name: 'Replace what the field holds' }));
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'EHR field' }) as HTMLSelectElement).value).toBe('f1'));
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    await waitFor(() => expect(page.inserted[0]?.mode).toBe('replace'));
  });

  it('says plainly when the text did not stick, and keeps the summary and copy', async () => {
    await withSession(fakeConnection([CARE_PLAN], { ok: false, reason: 'did-not-stick' }).connection);
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'EHR field' }) as HTMLSelectElement).value).toBe('f1'));
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    expect(await screen.findByText(/The page did not keep the text/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy summary' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Summary preview' }) as HTMLTextAreaElement).value).toContain('faith');
  });

  it('says when the page has no writable field', async () => {
    await withSession(fakeConnection([]).connection);
    expect(await screen.findByRole('option', { name: 'No field for a record entry on this page' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    expect(await screen.findByText(/no field chosen/)).toBeTruthy();
  });

  it('finishing names the field the summary went into, locks the session, clears stale messages, and reopens (issue 18)', async () => {
    const page = fakeConnection([CARE_PLAN]);
    const { model } = await withSession(page.connection);
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'EHR field' }) as HTMLSelectElement).value).toBe('f1'));
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    await screen.findByText(/^Inserted the summary into 'Care plan'/);
    fireEvent.click(screen.getByRole('button', { name: 'Finish session' }));
    const nudge = await screen.findByRole('alert');
    // The check takes focus, which scrolls it into view in a real browser.
    expect(document.activeElement).toBe(nudge);
    fireEvent.click(within(nudge).getByRole('button', { name: 'Finish anyway' }));
    const finished = await screen.findByText(/^Finished at \d\d:\d\d; inserted into 'Care plan'\.$/);
    await waitFor(() => expect(document.activeElement).toBe(finished.closest('.finished')));
    expect(screen.queryByText(/^Inserted the summary into/)).toBeNull();
    const faith = screen.getByRole('group', { name: 'Status: What part does faith play in your life?' });
    expect((faith as HTMLFieldSetElement).disabled).toBe(true);
    expect((screen.getByRole('textbox', { name: 'In their own words' }) as HTMLTextAreaElement).closest('fieldset')?.disabled).toBe(true);
    expect((screen.getAllByRole('textbox', { name: 'Note' })[0] as HTMLTextAreaElement).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Finish session' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(model.session.value?.finishedAt).toBeUndefined());
    expect((faith as HTMLFieldSetElement).disabled).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Finish session' })));
    expect(screen.queryByText(/^Finished at/)).toBeNull();
  });

  it('nudges about open domains before finishing, and finishes anyway when asked', async () => {
    const { model } = await withSession();
    fireEvent.click(screen.getByRole('button', { name: 'Finish session' }));
    const nudge = await screen.findByRole('alert');
    expect(within(nudge).getByRole('link', { name: 'Language' })).toBeTruthy();
    fireEvent.click(within(nudge).getByRole('button', { name: 'Finish anyway' }));
    await waitFor(() => expect(model.session.value?.finishedAt).toBeTypeOf('number'));
  });

  it('asks before inserting when the page now shows another record, and inserts only if told to', async () => {
    const { page, warning } = await insertAfterRecordChanged();
    expect(warning.textContent).toContain('may show a different person’s record');
    fireEvent.click(within(warning).getByRole('button', { name: 'Cancel' }));
    expect(page.inserted).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'It is the right person: insert' }));
    await waitFor(() => expect(page.inserted).toHaveLength(1));
  });

  it('holds a confirmation to the page it was shown for: when the page changes again before the write, nothing is written and it says why', async () => {
    const { page, warning } = await insertAfterRecordChanged();
    // The page moves on while the clinician reads the warning.
    page.context.current = { tabId: 1, pageHash: 'c'.repeat(64) };
    fireEvent.click(within(warning).getByRole('button', { name: 'It is the right person: insert' }));
    expect(await screen.findByText(/nothing was written/)).toBeTruthy();
    expect(page.inserted).toEqual([]);
  });

  it('offers to undo an insert', async () => {
    await withSession();
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'EHR field' }) as HTMLSelectElement).value).toBe('f1'));
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo insert' }));
    expect(await screen.findByText(/The insert was undone/)).toBeTruthy();
  });

  it('chooses the multi-line care-plan field by its label, not the first field on the page', async () => {
    const code = { id: 'f1', label: 'Code:', kind: 'input', where: 'page' } as const;
    const notes = { id: 'f2', label: 'Notes', kind: 'textarea', where: 'page' } as const;
    await withSession(fakeConnection([code, notes, { ...CARE_PLAN, id: 'f3' }]).connection);
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'EHR field' }) as HTMLSelectElement).value).toBe('f3'));
    expect(screen.getByRole('option', { name: 'Code: — one line' })).toBeTruthy();
  });

  it('asks before inserting into a one-line field, and inserts only if told to', async () => {
    const page = fakeConnection([{ id: 'f1', label: 'Mood', kind: 'input', where: 'page' }]);
    await withSession(page.connection);
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'EHR field' }) as HTMLSelectElement).value).toBe('f1'));
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain("'Mood' is a one-line field");
    fireEvent.click(within(warning).getByRole('button', { name: 'Choose another field' }));
    expect(page.inserted).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'EHR field' }));
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Insert anyway' }));
    await waitFor(() => expect(page.inserted).toHaveLength(1));
  });

  it('puts the crisis plan into its own field after the summary, as one insert with one undo', async () => {
    const crisis = { id: 'f2', label: 'Crisis plan', kind: 'textarea', where: 'page' } as const;
    const page = fakeConnection([CARE_PLAN, crisis]);
    const { model } = await withSession(page.connection);
    await model.updateRecord({ options: { 'home-treatment': { choice: 'preferred', reason: 'Family at home can help.' } } });
    const target = await screen.findByRole('combobox', { name: 'Crisis plan goes into' });
    await waitFor(() => expect((target as HTMLSelectElement).value).toBe('f2'));
    const preview = screen.getByRole('textbox', { name: 'Summary preview' }) as HTMLTextAreaElement;
    expect(preview.value).not.toContain('Home treatment');
    expect(preview.value).toContain('In other fields of this record\n- Crisis plan');
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    await waitFor(() => expect(page.inserted).toHaveLength(2));
    expect(page.inserted.map((i) => [i.fieldId, i.continues])).toEqual([['f1', undefined], ['f2', true]]);
    expect(page.inserted[1]!.text).toContain('Home treatment: preferred by the person — Family at home can help.');
    expect(await screen.findByText("Inserted the summary into 'Care plan' and the crisis plan into 'Crisis plan'. Check them there before you save the record.")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo insert' }));
    expect(await screen.findByText(/The insert was undone/)).toBeTruthy();
  });

  it('keeps the crisis plan in the summary when the clinician says so', async () => {
    const page = fakeConnection([CARE_PLAN, { id: 'f2', label: 'Crisis plan', kind: 'textarea', where: 'page' }]);
    const { model } = await withSession(page.connection);
    await model.updateRecord({ options: { 'home-treatment': { choice: 'preferred', reason: '' } } });
    const target = await screen.findByRole('combobox', { name: 'Crisis plan goes into' });
    await waitFor(() => expect((target as HTMLSelectElement).value).toBe('f2'));
    fireEvent.change(target, { target: { value: '' } });
    expect((screen.getByRole('textbox', { name: 'Summary preview' }) as HTMLTextAreaElement).value).toContain('Home treatment: preferred');
    fireEvent.click(screen.getByRole('button', { name: 'Insert into EHR' }));
    await waitFor(() => expect(page.inserted.map((i) => i.fieldId)).toEqual(['f1']));
  });
});
