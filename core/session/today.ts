/** Midnight of the day `at` falls in, local time. */
export function startOfDay(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

// Work in the room does not stop at midnight: a session changed in the hours before still counts as
// today's just after, so a night shift's session stays in the list, is resumed on its own record and,
// once put away, is found again where the sidebar says it is.
const CARRIED_OVER_MS = 4 * 3_600_000;

/** Today's sessions are those changed since this time: midnight, or a few hours back just after it. */
export function todaySince(at: number): number {
  return Math.min(startOfDay(at), at - CARRIED_OVER_MS);
}
