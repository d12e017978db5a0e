// Days and ISO weeks as a clinician in England lived them (Europe/London, GMT in winter and BST in
// summer), so a session at 23:30 on Sunday in July counts on that Sunday, not on Monday in UTC.

const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});
// London's offset is a whole number of hours and changes on the hour (01:00 UTC), so it is the
// same for every instant in one UTC hour: caching by hour makes a million look-ups cheap.
const offsets = new Map<number, number>();

/** Milliseconds London is ahead of UTC at the instant (0 in GMT, 3,600,000 in BST). */
export function londonOffset(at: number): number {
  const hour = Math.floor(at / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const part = Object.fromEntries(wallClock.formatToParts(hour * HOUR).map((p) => [p.type, Number(p.value)]));
    offset = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!) - hour * HOUR;
    offsets.set(hour, offset);
  }
  return offset;
}

/** Whole days since 1970-01-01 of the London calendar date at the instant. */
export function londonDayNumber(at: number): number {
  return Math.floor((at + londonOffset(at)) / DAY);
}

/** 'YYYY-MM-DD' for a day number. */
export function dayString(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The day number of a 'YYYY-MM-DD' date. */
export function dayNumberOf(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
}

/**
 * The instant London's day begins. At 00:00 UTC of a date London is never mid-change (changes are at
 * 01:00 UTC), so that instant's offset is the one in force at London midnight.
 */
export function londonMidnight(day: number): number {
  const utc = day * DAY;
  return utc - londonOffset(utc);
}

/** ISO 8601 week of a day number: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(day: number): { key: string; monday: number } {
  const weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; Monday is 0
  const monday = day - weekday;
  const thursday = monday + 3;
  const year = new Date(thursday * DAY).getUTCFullYear();
  const week = Math.floor((thursday - dayNumberOf(`${year}-01-01`)) / 7) + 1;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, monday };
}
