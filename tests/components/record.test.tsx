import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderSidebar } from './render-sidebar';

describe('co-production record', () => {
  it('keeps the person’s own words exactly as typed', async () => {
    const { model } = await renderSidebar();
    const words = 'أريد البقاء في المنزل 👨‍👩‍👧 e\u0301';
    fireEvent.input(screen.getByRole('textbox', { name: 'In their own words' }), { target: { value: words } });
    await waitFor(() => expect(model.session.value?.record.ownWords).toBe(words));
  });

  it('asks for the carer’s view only once a carer took part', async () => {
    const { model } = await renderSidebar();
    expect(screen.queryByRole('textbox', { name: 'Carer’s view' })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Carer' }));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Carer’s view' }), { target: { value: 'Worried about nights' } });
    await waitFor(() => expect(model.session.value?.record).toMatchObject({ carerView: 'Worried about nights', participants: { carer: true } }));
  });

  it('records the interpreter and their language', async () => {
    const { model } = await renderSidebar();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Interpreter used' }));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Interpreter’s language' }), { target: { value: 'Dari' } });
    await waitFor(() => expect(model.session.value?.record.participants).toMatchObject({ interpreter: true, interpreterLanguage: 'Dari' }));
  });

  it('adds, fills and removes an agreed action', async () => {
    const { model } = await renderSidebar();
    fireEvent.click(screen.getByRole('button', { name: 'Add an action' }));
    fireEvent.input(await screen.findByRole('textbox', { name: 'What (action 1)' }), { target: { value: 'Book a home visit' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Who (action 1)' }), { target: { value: 'Care coordinator' } });
    // "By when" is a date picker (issue #18); "What" takes more than one line.
    expect(screen.getByRole('textbox', { name: 'What (action 1)' }).localName).toBe('textarea');
    fireEvent.input(screen.getByLabelText('By when (action 1)'), { target: { value: '2026-12-09' } });
    expect((screen.getByLabelText('By when (action 1)') as HTMLInputElement).type).toBe('date');
    await waitFor(() => expect(model.session.value?.record.actions[0]).toMatchObject({ what: 'Book a home visit', who: 'Care coordinator', byWhen: '2026-12-09' }));
    expect((screen.getByRole('textbox', { name: 'Summary preview' }) as HTMLTextAreaElement).value).toContain('- Book a home visit (who: Care coordinator; by: 9 December 2026)');
    fireEvent.click(screen.getByRole('button', { name: 'Remove action 1' }));
    await waitFor(() => expect(model.session.value?.record.actions).toEqual([]));
  });

  it('marks a least-restrictive option preferred with a reason', async () => {
    const { model } = await renderSidebar();
    fireEvent.change(screen.getByRole('combobox', { name: 'Home treatment' }), { target: { value: 'preferred' } });
    fireEvent.input(await screen.findByRole('textbox', { name: 'Reason (Home treatment)' }), { target: { value: 'Family can help at home' } });
    await waitFor(() => expect(model.session.value?.record.options['home-treatment']).toEqual({ choice: 'preferred', reason: 'Family can help at home' }));
  });

  it('records a point of disagreement', async () => {
    const { model } = await renderSidebar();
    fireEvent.input(screen.getByRole('textbox', { name: 'Points of disagreement' }), { target: { value: 'Sees it as grief, not illness' } });
    await waitFor(() => expect(model.session.value?.record.disagreements).toBe('Sees it as grief, not illness'));
  });
});

describe('language and communication (issue 14)', () => {
  it('records preferred language, interpreter need and communication support, and writes them in the summary', async () => {
    const { model } = await renderSidebar();
    fireEvent.input(screen.getByRole('textbox', { name: 'Preferred language' }), { target: { value: 'Urdu' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Interpreter needed' })).getByRole('radio', { name: 'Yes' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Communication support needed' }), { target: { value: 'Large print letters' } });
    await waitFor(() => expect(model.session.value?.record.communication).toEqual({ preferredLanguage: 'Urdu', interpreterNeeded: 'yes', support: 'Large print letters' }));
    const preview = screen.getByRole('textbox', { name: 'Summary preview' }) as HTMLTextAreaElement;
    await waitFor(() => expect(preview.value).toContain('Language and communication\nPreferred language: Urdu.\nInterpreter needed.\nCommunication support needed: Large print letters'));
  });

  it('records how the interpreter joined, and asks why when family or a friend interpreted', async () => {
    const { model } = await renderSidebar();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Interpreter used' }));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Interpreter’s language' }), { target: { value: 'Polish' } });
    expect(screen.queryByRole('textbox', { name: 'Why a family member or friend interpreted' })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Interpreter this session' }), { target: { value: 'family-friend' } });
    fireEvent.input(await screen.findByRole('textbox', { name: 'Why a family member or friend interpreted' }), { target: { value: 'No Polish interpreter free at short notice' } });
    await waitFor(() => expect(model.session.value?.record.participants).toMatchObject({ interpreterKind: 'family-friend', interpreterReason: 'No Polish interpreter free at short notice' }));
    const preview = screen.getByRole('textbox', { name: 'Summary preview' }) as HTMLTextAreaElement;
    await waitFor(() => expect(preview.value).toContain('with a family member or friend interpreting (Polish) because: No Polish interpreter free at short notice.'));
  });

  it('gives every field that holds the person’s words dir="auto", so right-to-left text displays the right way', async () => {
    await renderSidebar();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Interpreter used' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Carer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add an action' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Home treatment' }), { target: { value: 'preferred' } });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Interpreter this session' }), { target: { value: 'family-friend' } });
    await screen.findByRole('textbox', { name: 'Why a family member or friend interpreted' });
    const fields = [...document.querySelectorAll<HTMLElement>('#prompts textarea, #record textarea, #record input[type="text"], #summary textarea')];
    expect(fields.length).toBeGreaterThan(10);
    for (const field of fields) expect(field.getAttribute('dir'), field.id).toBe('auto');
  });
});
