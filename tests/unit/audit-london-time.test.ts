import { describe, expect, it } from 'vitest';
import { dayNumberOf, dayString, isoWeek, londonDayNumber, londonMidnight, londonOffset } from '../../core/audit/london-time';

describe('UK time', () => {
  it('is GMT in winter and BST in summer, changing at 01:00 UTC', () => {
    expect(londonOffset(Date.parse('2025-01-15T12:00:00Z'))).toBe(0);
    expect(londonOffset(Date.parse('2025-07-15T12:00:00Z'))).toBe(3_600_000);
    expect(londonOffset(Date.parse('2025-03-30T00:59:59Z'))).toBe(0);
    expect(londonOffset(Date.parse('2025-03-30T01:00:00Z'))).toBe(3_600_000);
    expect(londonOffset(Date.parse('2025-10-26T00:59:59Z'))).toBe(3_600_000);
    expect(londonOffset(Date.parse('2025-10-26T01:00:00Z'))).toBe(0);
  });

  it('starts each UK day at the right instant on both clock-change days', () => {
    const midnight = (date: string) => new Date(londonMidnight(dayNumberOf(date))).toISOString();
    expect(midnight('2025-03-30')).toBe('2025-03-30T00:00:00.000Z');
    expect(midnight('2025-03-31')).toBe('2025-03-30T23:00:00.000Z');
    expect(midnight('2025-10-26')).toBe('2025-10-25T23:00:00.000Z');
    expect(midnight('2025-10-27')).toBe('2025-10-27T00:00:00.000Z');
  });

  it('gives the UK calendar date, which differs from UTC just after midnight in summer', () => {
    expect(dayString(londonDayNumber(Date.parse('2025-06-29T23:30:00Z')))).toBe('2025-06-30');
    expect(dayString(londonDayNumber(Date.parse('2025-01-05T23:30:00Z')))).toBe('2025-01-05');
  });

  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek(dayNumberOf('2024-12-30'))).toEqual({ key: '2025-W01', monday: dayNumberOf('2024-12-30') });
    expect(isoWeek(dayNumberOf('2021-01-03')).key).toBe('2020-W53');
    expect(isoWeek(dayNumberOf('2025-12-31')).key).toBe('2026-W01');
    expect(isoWeek(dayNumberOf('2025-03-30')).key).toBe('2025-W13');
  });
});
