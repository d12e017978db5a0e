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
