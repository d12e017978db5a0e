import { signal } from '@preact/signals';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DemoApp, type DemoAppProps } from '../../components/demo/DemoApp';
import { builtInScenarioPack } from '../../core/training/builtin-scenarios';
import type { PracticeSession } from '../../core/training/practice-sessions';

afterEach(() => {
  location.hash = '';
});

function showDemo(hash = '', overrides: Partial<DemoAppProps> = {}) {
  location.hash = hash;
  let report: (latest: PracticeSession | undefined) => void = () => {};
  const props: DemoAppProps = {
    scenarios: signal(builtInScenarioPack.scenarios),
    onPractice: vi.fn(),
    watchPractice: (_since, onChange) => ((report = onChange), () => {}),
    lastPractice: { load: vi.fn(async () => undefined), save: vi.fn(async () => undefined) },
    onReset: vi.fn(async () => ({ sessions: 2, events: 5 })),
    onImport: vi.fn(async () => ({ ok: false as const, problems: ['scenarios[0].title: Invalid input'] })),
    ...overrides,
  };
  render(<DemoApp {...props} />);
  return { props, report: (latest: PracticeSession | undefined) => act(() => report(latest)) };
}

describe('demo EHR list', () => {
  it('lists every fictional person under a permanent training banner, and mounts a training sidebar', () => {
    const { props } = showDemo();
    expect(screen.getByText('Training system: every person here is fictional')).toBeTruthy();
    for (const { person } of builtInScenarioPack.scenarios)
      expect(screen.getByRole('link', { name: person.name }).getAttribute('href')).toMatch(/^demo\.html#\/person\/[a-z-]+$/);
    expect(props.onPractice).toHaveBeenCalledWith({ hints: false });
  });

  it('asks before resetting training data, then says what went and that real data stayed', async () => {
    const { props } = showDemo();
    fireEvent.click(screen.getByRole('button', { name: 'Reset training data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onReset).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset training data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove training data' }));
    await waitFor(() => expect(screen.getByText(/removed 2 practice sessions and 5 training audit events/)).toBeTruthy());
    expect(screen.getByText(/Real sessions and audit data were not touched/)).toBeTruthy();
  });

  it('shows every problem in a refused scenario pack', async () => {
    showDemo();
    const input = screen.getByLabelText('Scenario pack (JSON file)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'pack.json')] });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported');
    expect(within(alert).getByText('scenarios[0].title: Invalid input')).toBeTruthy();
  });
});

describe('demo EHR record', () => {
  it('shows the person’s record with both care-plan fields and mounts the sidebar for the first scenario', () => {
    const { props } = showDemo('#/person/jordan-mensah-clarke');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Jordan Mensah-Clarke Fictional');
    expect(screen.getByLabelText('Care plan (free text)')).toBeTruthy();
    expect(screen.getByLabelText('Crisis plan (controlled)')).toBeTruthy();
    expect(props.onPractice).toHaveBeenLastCalledWith({ scenarioId: 'jordan-rebuilding-trust', hints: false });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Allow hints' }));
    expect(props.onPractice).toHaveBeenLastCalledWith({ scenarioId: 'jordan-rebuilding-trust', hints: true });
    expect(screen.getByRole('link', { name: 'Present this scenario' }).getAttribute('href')).toBe('presenter.html?scenario=jordan-rebuilding-trust&hints=1');
    // The address keeps the choices, for Back, a reload and the way back from the presenter.
    expect(location.hash).toBe('#/person/jordan-mensah-clarke?scenario=jordan-rebuilding-trust&hints=1');
  });

  it('comes back to the scenario and hints the address holds', () => {
    const { props } = showDemo('#/person/mariam-haidari?scenario=mariam-an-interpreter-not-her-son&hints=1');
    expect((screen.getByLabelText('Scenario') as HTMLSelectElement).value).toBe('mariam-an-interpreter-not-her-son');
    expect((screen.getByRole('checkbox', { name: 'Allow hints' }) as HTMLInputElement).checked).toBe(true);
    expect(props.onPractice).toHaveBeenLastCalledWith({ scenarioId: 'mariam-an-interpreter-not-her-son', hints: true });
  });

  it('takes the record’s own first scenario when the address names one of another record', () => {
    showDemo('#/person/mariam-haidari?scenario=jordan-rebuilding-trust&hints=1');
    expect((screen.getByLabelText('Scenario') as HTMLSelectElement).value).toBe('mariam-an-interpreter-not-her-son');
    expect((screen.getByRole('checkbox', { name: 'Allow hints' }) as HTMLInputElement).checked).toBe(false);
  });

  it('keeps the controlled field’s text in the page’s state', () => {
    showDemo('#/person/jordan-mensah-clarke');
    const field = screen.getByLabelText('Crisis plan (controlled)') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: 'Call my aunt first' } });
    expect(screen.getByText('18 characters held in the page’s state')).toBeTruthy();
  });

  it('offers the debrief once a practice session has been worked on, and remembers it', () => {
    const { report, props } = showDemo('#/person/jordan-mensah-clarke');
    expect(screen.queryByRole('link', { name: 'See the debrief' })).toBeNull();
    report({ id: 'session-practice-1', label: 'Practice J' });
    expect(screen.getByRole('link', { name: 'See the debrief' }).getAttribute('href')).toBe('debrief.html?session=session-practice-1&scenario=jordan-rebuilding-trust');
    expect(props.lastPractice.save).toHaveBeenCalledWith({ personId: 'jordan-mensah-clarke', sessionId: 'session-practice-1', label: 'Practice J', scenarioId: 'jordan-rebuilding-trust', hints: false });
  });

  it('still links the latest debrief after the record reloads, but never another record’s', async () => {
    const last = { personId: 'jordan-mensah-clarke', sessionId: 'session-practice-1', label: 'Practice J', scenarioId: 'jordan-rebuilding-trust', hints: true };
    showDemo('#/person/jordan-mensah-clarke', { lastPractice: { load: async () => last, save: vi.fn(async () => undefined) } });
    expect((await screen.findByRole('link', { name: 'See the debrief' })).getAttribute('href')).toBe('debrief.html?session=session-practice-1&scenario=jordan-rebuilding-trust');
    cleanup();
    showDemo('#/person/mariam-haidari', { lastPractice: { load: async () => last, save: vi.fn(async () => undefined) } });
    await screen.findByRole('link', { name: 'Present this scenario' });
    await act(() => Promise.resolve());
    expect(screen.queryByRole('link', { name: 'See the debrief' })).toBeNull();
  });

  it('falls back to the list for a record the demo does not have', () => {
    showDemo('#/person/nobody-here');
    expect(screen.getByText(/There is no record “nobody-here”/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fictional people');
  });
});
