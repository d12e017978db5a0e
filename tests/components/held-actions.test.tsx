import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from '../../components/sidebar/HeldButton';
import { HELD } from '../../components/sidebar/summary/InsertControls';
import { fakeConnection } from '../fixtures/fake-connection';
import { renderSidebar } from './render-sidebar';

// Issue 17: nothing is written, and no confirmation taken, while Coplan is not plainly in view.
afterEach(() => vi.useRealTimers());

describe('actions held until Coplan is plainly in view', () => {
  it('keeps the insert button disabled and says why while the page keeps Coplan covered', async () => {
    const page = fakeConnection([{ id: 'f1', label: 'Care plan', kind: 'textarea', where: 'page' }]);
    await renderSidebar(page.connection, {}, [], undefined, () => ['blocked', () => undefined]);
    fireEvent.click(within(screen.getByRole('group', { name: 'Status: What part does faith play in your life?' })).getByRole('radio', { name: 'Explored' }));
    const insert = await screen.findByRole('button', { name: 'Insert into EHR' });
    expect(await screen.findByText(HELD)).toBeTruthy();
    expect(insert.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(insert);
    await new Promise((done) => setTimeout(done, 50));
    expect(page.inserted).toEqual([]);
  });

  it('takes a confirmation only after a second in view, and waits again after the window loses focus', async () => {
    vi.useFakeTimers();
    const confirmed = vi.fn();
    render(<ConfirmButton class="button" onClick={confirmed}>Yes, delete it</ConfirmButton>);
    const button = screen.getByRole('button', { name: 'Yes, delete it' });
    const held = () => button.getAttribute('aria-disabled') === 'true';
    expect(held()).toBe(true);
    await act(() => void vi.advanceTimersByTime(900));
    expect(held()).toBe(true);
    await act(() => void vi.advanceTimersByTime(200));
    expect(held()).toBe(false);

    // A page that takes focus away (and gives it back) cannot turn the next key into a confirmation.
    await act(() => void window.dispatchEvent(new Event('blur')));
    expect(held()).toBe(true);
    await act(() => void window.dispatchEvent(new Event('focus')));
    await act(() => void vi.advanceTimersByTime(500));
    expect(held()).toBe(true);
    // Held, a click does nothing; released, it confirms.
    fireEvent.click(button);
    expect(confirmed).not.toHaveBeenCalled();
    await act(() => void vi.advanceTimersByTime(600));
    await waitFor(() => expect(held()).toBe(false));
    fireEvent.click(button);
    expect(confirmed).toHaveBeenCalledOnce();
  });
});
