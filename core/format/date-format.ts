/**
 * A British English date formatter made at its first use, not when its module loads. The first
 * Intl.DateTimeFormat in a fresh renderer loads the locale and time-zone data: 30–60 ms on a busy
 * 2-core machine (measured in Chromium), which at module level was paid inside the sidebar's
 * opening although none of these formatters is needed for its first screen (issue 20 item 1).
 */
export function dateFormat(options: Intl.DateTimeFormatOptions): (at: Date | number) => string {
  let format: Intl.DateTimeFormat | undefined;
  return (at) => (format ??= new Intl.DateTimeFormat('en-GB', options)).format(at);
}

/** A calendar date in words, such as "9 December 2026": the summary's dates. */
export const longDate = dateFormat({ day: 'numeric', month: 'long', year: 'numeric' });

/** A calendar date kept as "2026-12-09" (reviewed, checked), in words; in UTC so it never moves a day west of Greenwich. */
export const calendarDate = dateFormat({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
