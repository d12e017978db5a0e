import type { WeekRow } from './aggregate';

/** A run of weeks with no sessions, shown as one line of the weekly table. */
export interface QuietWeeks {
  key: string;
  /** Mondays of the first and last week of the run, 'YYYY-MM-DD'. */
  first: string;
  last: string;
  weeks: number;
}

export type WeekLine = WeekRow | QuietWeeks;

export const isQuiet = (line: WeekLine): line is QuietWeeks => 'weeks' in line;

/**
 * The weekly table's lines: two or more weeks in a row with no sessions fold into one line, so a
 * quiet quarter does not push the weeks that matter out of view (issue 18: twelve empty rows).
 */
export function foldQuietWeeks(weeks: readonly WeekRow[]): WeekLine[] {
  const lines: WeekLine[] = [];
  let run: WeekRow[] = [];
  const flush = () => {
    if (run.length > 1) lines.push({ key: `quiet-${run[0]!.key}`, first: run[0]!.monday, last: run.at(-1)!.monday, weeks: run.length });
    else lines.push(...run);
    run = [];
  };
  for (const week of weeks) {
    if (week.sessions === 0) run.push(week);
    else {
      flush();
      lines.push(week);
    }
  }
  flush();
  return lines;
}
