import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderSidebar } from './render-sidebar';

const group = (question: string) => screen.getByRole('group', { name: `Status: ${question}` });

describe('sidebar app', () => {
  it('shows each domain as a heading with its prompts', async () => {
    await renderSidebar();
    expect(screen.getByRole('heading', { name: /Faith and beliefs/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Language/ })).toBeTruthy();
    expect(screen.getByText('What part does faith play in your life?')).toBeTruthy();
  });

  it('offers the four statuses per prompt with open chosen first', async () => {
    await renderSidebar();
    const statuses = group('What part does faith play in your life?');
    for (const name of ['Explored', 'Not relevant', 'Declined', 'Revisit']) {
      expect(within(statuses).getByRole('radio', { name })).toHaveProperty('checked', false);
    }
    expect(within(statuses).getByRole('radio', { name: 'Open' })).toHaveProperty('checked', true);
  });

  it('marks a prompt explored, saves it and counts the domain as explored', async () => {
    const { store, model } = await renderSidebar();
    fireEvent.click(within(group('Which language would you like to use with us?')).getByRole('radio', { name: 'Explored' }));
    await waitFor(() => expect(screen.getByText(/^Domains:/).textContent).toMatch(/1 explored .* 1 still open/));
    const saved = (await store.get(model.session.value!.id)) as { prompts: Record<string, { status: string }> };
    expect(saved.prompts['language-preferred']?.status).toBe('explored');
  });

  it('starts a labelled session and lists it under today’s sessions after leaving it', async () => {
    await renderSidebar();
    fireEvent.input(screen.getByRole('textbox', { name: 'Session label' }), { target: { value: 'MN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start a new session' }));
    await screen.findByRole('button', { name: 'All sessions' });
    fireEvent.click(screen.getByRole('button', { name: 'All sessions' }));
    expect(await screen.findByRole('button', { name: 'Continue MN' })).toBeTruthy();
  });

  it('keeps a note typed against a prompt', async () => {
    const { model } = await renderSidebar();
    fireEvent.input(screen.getAllByRole('textbox', { name: 'Note' })[0]!, { target: { value: 'Goes to church on Sundays' } });
    await waitFor(() => expect(model.session.value?.prompts['faith-importance']?.note).toBe('Goes to church on Sundays'));
  });

  it('shows a training banner and the scenario’s hints in trainer mode, and flags the session as training', async () => {
    const { model } = await renderSidebar(undefined, { training: true, hints: new Map([['faith', ['Ask what faith means to him, not what his religion says.']]]) });
    expect(screen.getByRole('note').textContent).toContain('Training mode.');
    expect(screen.getByText('Ask what faith means to him, not what his religion says.')).toBeTruthy();
    fireEvent.click(within(group('What part does faith play in your life?')).getByRole('radio', { name: 'Explored' }));
    await waitFor(() => expect(model.session.value?.training).toBe(true));
    expect((await screen.findByRole('textbox', { name: 'Summary preview' }) as HTMLTextAreaElement).value).toMatch(/^TRAINING EXERCISE/);
  });

  it('shows no training banner for real work', async () => {
    await renderSidebar();
    expect(screen.queryByRole('note')).toBeNull();
  });
});
