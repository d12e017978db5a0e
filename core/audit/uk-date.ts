import { dayNumberOf, dayString } from './london-time';

// The dashboard's date boxes are text in UK order, day/month/year, whatever the browser's own
// locale: a native date input follows the browser's locale (US order on an en-US install), which
// sat beside "10 Sept 2026" on the page (issue 18).

const pad = (n: number) => String(n).padStart(2, '0');

/** '2026-09-10' → '10/09/2026'. */
export function ukDateText(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** A day typed as 10/9/2026 (or with dashes, dots or spaces), or as 2026-09-10, to 'YYYY-MM-DD'; undefined if it is no real day. */
export function isoFromUkDate(text: string): string | undefined {
  const value = text.trim();
  const uk = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const [day, month, year] = uk ? [uk[1], uk[2], uk[3]] : iso ? [iso[3], iso[2], iso[1]] : [];
  if (!day || !month || !year) return undefined;
  const candidate = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
  // 31/02/2026 is not a day: the calendar round trip refuses it.
  const dayNumber = dayNumberOf(candidate);
  return Number.isFinite(dayNumber) && dayString(dayNumber) === candidate ? candidate : undefined;
}
