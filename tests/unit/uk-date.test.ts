import { describe, expect, it } from 'vitest';
import { isoFromUkDate, ukDateText } from '../../core/audit/uk-date';

describe('dates typed on the dashboard, in UK order', () => {
  it('shows a day as day/month/year', () => {
    expect(ukDateText('2026-09-10')).toBe('10/09/2026');
  });

  it.each([
    ['10/09/2026', '2026-09-10'],
    ['1/2/2025', '2025-02-01'],
    ['01-02-2025', '2025-02-01'],
    [' 29.02.2024 ', '2024-02-29'],
    ['2026-09-10', '2026-09-10'],
  ])('reads %j as %s', (typed, iso) => {
    expect(isoFromUkDate(typed)).toBe(iso);
  });

  it.each(['31/02/2026', '29/02/2025', '10/13/2026', '09/10', 'tomorrow', '', '2026-02-30'])('refuses %j, which is no day', (typed) => {
    expect(isoFromUkDate(typed)).toBeUndefined();
  });
});
