/** Midnight of the day `at` falls in, local time: today's sessions are those changed since. */
export function startOfDay(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}
