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

  it('tells the team lead to choose a start date before the end date', async () => {
    await renderDashboard([]);
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2025-05-01' } });
    fireEvent.input(screen.getByLabelText('To'), { target: { value: '2025-04-01' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Choose a start date on or before the end date.'));
  });
});
