import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '../../components/sidebar/App';
import { createSessionModel } from '../../core/models/session-model';
import { memoryStore } from '../../core/session/store';
import { smallFramework } from '../fixtures/small-framework';

async function renderApp() {
  const store = memoryStore();
  const model = createSessionModel({ store, framework: smallFramework, newId: () => 'session-c3' });
  await model.resumeOrStart('GH');
  render(<App framework={smallFramework} model={model} />);
  return { store, model };
}

describe('sidebar app', () => {
  it('shows each domain as a heading with its prompts', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { name: 'Faith and beliefs' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Language' })).toBeTruthy();
    expect(screen.getByText('What part does faith play in your life?')).toBeTruthy();
  });

  it('offers the four statuses per prompt with open chosen first', async () => {
    await renderApp();
    const group = screen.getByRole('group', { name: 'Status: What part does faith play in your life?' });
    for (const name of ['Explored', 'Not relevant', 'Declined', 'Revisit']) {
      expect(within(group).getByRole('radio', { name })).toHaveProperty('checked', false);
    }
    expect(within(group).getByRole('radio', { name: 'Open' })).toHaveProperty('checked', true);
  });

  it('marks a prompt explored and saves it', async () => {
    const { store } = await renderApp();
    const group = screen.getByRole('group', { name: 'Status: Which language would you like to use with us?' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Explored' }));
    expect(within(group).getByRole('radio', { name: 'Explored' })).toHaveProperty('checked', true);
    await new Promise((r) => setTimeout(r, 0));
    const saved = (await store.get('session-c3')) as { prompts: Record<string, { status: string }> };
    expect(saved.prompts['language-preferred']?.status).toBe('explored');
  });
});
