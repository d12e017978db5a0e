import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { GOLDEN_EVENTS } from '../fixtures/audit/golden';
import { renderDashboard } from '../fixtures/audit/render-dashboard';

describe('dashboard empty states', () => {
  it('explains where records come from and how to merge the team’s files when none are held', async () => {
    await renderDashboard([]);
    expect(await screen.findByRole('heading', { name: 'No usage records yet' })).toBeTruthy();
    expect(screen.getByText(/ask each clinician to open this dashboard/)).toBeTruthy();
    expect(screen.getByLabelText('Usage-record files (JSON)')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Coverage by domain' })).toBeNull();
  });

  it('says which dates the records cover when none match, and shows them all on request', async () => {
    const { onQuery } = await renderDashboard(GOLDEN_EVENTS);
    expect(await screen.findByRole('heading', { name: 'No sessions match these filters' })).toBeTruthy();
    expect(screen.getByText(/The records held run from 5 Jan 2025 to 25 Oct 2025/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all dates' }));
    expect(await screen.findByRole('heading', { name: 'Coverage by domain' })).toBeTruthy();
    expect(onQuery).toHaveBeenLastCalledWith('?from=2025-01-05&to=2025-10-25');
  });

  it('works out what is held only when the view is empty, so an open never counts every rollup', async () => {
    const { model } = await renderDashboard(GOLDEN_EVENTS, '?from=2025-01-05&to=2025-10-25');
    expect(model.view.value?.sessions).toBeGreaterThan(0);
    expect(model.extent.value).toBeUndefined();
    await model.setFilters({ ...model.filters.value, from: '2026-01-01', to: '2026-01-31' });
    expect(model.extent.value).toMatchObject({ count: new Set(GOLDEN_EVENTS.map((e) => e.sessionId)).size });
  });

  it('shows the dates in UK order, and says at the end date when it comes before the start', async () => {
    const { onQuery } = await renderDashboard([]);
    const [from, to] = [screen.getByRole('textbox', { name: 'From' }) as HTMLInputElement, screen.getByRole('textbox', { name: 'To' }) as HTMLInputElement];
    expect(from.value).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    fireEvent.input(from, { target: { value: '01/05/2025' } });
    fireEvent.input(to, { target: { value: '01/04/2025' } });
    const calls = onQuery.mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(to.getAttribute('aria-describedby')!.split(' ')[1]!)!.textContent).toBe('The end date must be on or after the start date.');
    expect(from.getAttribute('aria-invalid')).toBeNull();
    expect(onQuery.mock.calls.length).toBe(calls);

    fireEvent.input(to, { target: { value: '31/5/2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(onQuery).toHaveBeenLastCalledWith('?from=2025-05-01&to=2025-05-31'));
  });

  it('refuses a day that does not exist, at its field', async () => {
    await renderDashboard([]);
    const from = screen.getByRole('textbox', { name: 'From' });
    fireEvent.input(from, { target: { value: '31/02/2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(from.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Enter the start date as day/month/year, such as 31/03/2026.')).toBeTruthy();
  });
});
