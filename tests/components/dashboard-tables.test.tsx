import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { eventRows } from '../fixtures/audit/tables';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_EVENTS } from '../fixtures/audit/golden';
import { renderDashboard } from '../fixtures/audit/render-dashboard';

const YEAR = '?from=2025-01-01&to=2025-12-31';
/** A table's body rows as arrays of cell text. */
function cells(caption: string | RegExp): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole(/cell|rowheader/).map((c) => c.textContent ?? ''));
}

describe('dashboard tables beside the charts', () => {
  // The last column is the sidebar's per-domain progress for the average session (issue 18); the
  // golden sessions mix framework versions with one and two faith prompts, hence 1.8.
  it('shows coverage per domain as counts with shares, progress in a typical session, and a one-sentence summary', async () => {
    await renderDashboard(GOLDEN_EVENTS, YEAR);
    expect(cells(/Prompts per domain/)).toEqual([
      ['Faith and beliefs', '3 (33%)', '1 (11%)', '1 (11%)', '0 (0%)', '4 (44%)', '0.6 of 1.8 explored'],
      ['Language', '1 (20%)', '0 (0%)', '2 (40%)', '0 (0%)', '2 (40%)', '0.2 of 1 explored'],
    ]);
    expect(screen.getByText('Across 5 sessions, Faith and beliefs was both the most explored domain (33% of its prompts) and the one most often left open (44%).')).toBeTruthy();
  });

  it('lists each week with its sessions, counting a session in the week it started', async () => {
    await renderDashboard(GOLDEN_EVENTS, YEAR);
    const weeks = cells('Sessions and prompt statuses per week');
    expect(weeks.find((w) => w[0] === '24 Mar 2025')).toEqual(['24 Mar 2025', '2', '33%', '17%', '33%', '1']);
    // Runs of weeks without sessions fold into one line, so the busy weeks stay in view (issue 18).
    expect(weeks.find((w) => w[0]!.startsWith('31 Mar 2025'))).toEqual(['31 Mar 2025 to 23 Jun 2025 (13 weeks, no sessions)', '0', '–', '–', '–', '0']);
    expect(weeks.some((w, i) => w[1] === '0' && weeks[i + 1]?.[1] === '0')).toBe(false);
  });

  it('shows declined rates and guidance per domain, and the options discussed', async () => {
    await renderDashboard(GOLDEN_EVENTS, YEAR);
    expect(cells('Declined rate and guidance opened per domain')).toEqual([
      ['Faith and beliefs', '5', '1', '20%', '1'],
      ['Language', '3', '2', '67%', '0'],
      ['Not opened from a prompt', '0', '0', '–', '1'],
    ]);
    expect(screen.getByText(/People declined prompts most often in Language \(67% of the times they were raised\)/)).toBeTruthy();
    expect(cells(/each option was discussed/)).toEqual([['Home treatment', '0', '1', '0']]);
  });

  it('compares teams, clinicians and framework versions', async () => {
    await renderDashboard(GOLDEN_EVENTS, YEAR);
    expect(cells('By team').map((r) => r.slice(0, 2))).toEqual([['team-north', '3'], ['team-south', '2']]);
    expect(cells('By framework version').map((r) => r.slice(0, 2))).toEqual([['coplan-core@1.0.0', '4'], ['coplan-core@1.1.0', '1']]);
  });

  it('applies filters and writes them to the address', async () => {
    const { onQuery } = await renderDashboard(GOLDEN_EVENTS, YEAR);
    fireEvent.change(screen.getByLabelText('Team'), { target: { value: 'team-south' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include training sessions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(onQuery).toHaveBeenCalledWith('?from=2025-01-01&to=2025-12-31&team=team-south&training=1'));
    await waitFor(() => expect(cells('By team')).toHaveLength(1));
  });

  it('imports chosen files and reports on each', async () => {
    const { db } = await renderDashboard([], YEAR);
    const file = (path: string) => new File([readFileSync(resolve(import.meta.dirname, '../fixtures/audit', path))], path.split('/').pop()!, { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Usage-record files (JSON)'), { target: { files: [file('clinician-b.json'), file('bad/tampered.json')] } });
    expect(await screen.findByText('clinician-b.json: 9 records added, 0 already held.')).toBeTruthy();
    expect(screen.getByText(/tampered\.json: not imported\. This file has been changed since it was exported/)).toBeTruthy();
    expect((await eventRows(db)).length).toBe(9);
    expect(await screen.findByRole('heading', { name: 'Coverage by domain' })).toBeTruthy();
  });

  it('exports the view and clears imported records after a confirmation', async () => {
    const { db, save } = await renderDashboard(GOLDEN_EVENTS, YEAR);
    fireEvent.click(screen.getByRole('button', { name: 'Summary tables (CSV)' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith(expect.objectContaining({ name: 'coplan-usage-2025-01-01-to-2025-12-31-tables.csv', type: 'text/csv' })));
    fireEvent.click(screen.getByRole('button', { name: 'Clear imported records' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear imported records' }));
    expect(await screen.findByText(`Removed ${GOLDEN_EVENTS.length} imported records. Records made on this computer are kept.`)).toBeTruthy();
    expect((await eventRows(db)).length).toBe(0);
    expect(await screen.findByRole('heading', { name: 'No usage records yet' })).toBeTruthy();
  });
});
