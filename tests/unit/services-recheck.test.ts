import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDueForRecheck, recheckDue } from '../../core/services/recheck';
import { loadBuiltInContent } from '../../scripts/content-loader';

// H-28: a real service's number can change after it was checked, so its details come due again.
const source = (checked: string) => ({ title: 'A page', publisher: 'A publisher', url: 'https://example.org/', checked });

describe('checking real services again', () => {
  it('falls due three months after the newest check, and never for an invented example', () => {
    expect(recheckDue({ sources: [source('2026-12-02'), source('2026-09-01')] })).toBe('2027-03-04');
    expect(isDueForRecheck({ sources: [source('2026-12-02')] }, '2027-03-03')).toBe(false);
    expect(isDueForRecheck({ sources: [source('2026-12-02')] }, '2027-03-04')).toBe(true);
    expect(isDueForRecheck({}, '2099-01-01')).toBe(false);
  });

  it('lists the national routes for the build to warn about once their check has lapsed, and none before', () => {
    const root = resolve(import.meta.dirname, '../../content');
    expect(loadBuiltInContent(root, '2026-12-02').servicesDueForRecheck).toEqual([]);
    expect(loadBuiltInContent(root, '2027-06-01').servicesDueForRecheck.map((s) => s.id)).toEqual(['nhs-111-mental-health', 'samaritans', 'shout-85258']);
  });
});
