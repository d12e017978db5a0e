import type { Table } from 'dexie';
import { dayString, londonDayNumber } from '../audit/london-time';
import { D as STRIDE, readRollup, type SessionRollup } from '../audit/rollups';
import { changeTallies, talliesOf, type Contribution, type Tally } from './tallies';

// Sessions counted per London month and team for the equality view (core/equality/tallies.ts):
// how many sessions, in how many each domain was explored, options discussed, an advocate took
// part or an interpreter was used. Kept in step with the rollups: whenever a session's rollup is
// written again, what the old one counted is taken away and the new one added.

export const SESSIONS = 'sessions';
export const OPTIONS = 'options';
export const ADVOCATE = 'advocate';
export const INTERPRETER = 'interpreter';
export const explored = (domainId: string) => `domain:${domainId}`;

/** The London month 'YYYY-MM' a session started in. */
export const monthOf = (at: number) => dayString(londonDayNumber(at)).slice(0, 7);

/** What one session counts in. */
export function sessionContribution(r: SessionRollup): Contribution {
  const measures = [SESSIONS];
  for (let i = 0; i < r.domains.length; i += STRIDE) if ((r.domains[i + 1] as number) > 0) measures.push(explored(r.domains[i] as string));
  for (let i = 1; i < r.options.length; i += 2) {
    if (r.options[i] === 'not-discussed') continue;
    measures.push(OPTIONS);
    break;
  }
  if (r.advocate) measures.push(ADVOCATE);
  if (r.interpreter) measures.push(INTERPRETER);
  return { training: r.training, period: monthOf(r.start), team: r.team, equality: r.equality, measures };
}

const contributionsOf = (rows: readonly unknown[]) => rows.flatMap((raw) => {
  const r = readRollup(raw);
  return r ? [sessionContribution(r)] : [];
});

/** Takes away what the sessions' rollups as held counted and adds what their new rollups count: call in the transaction that writes them. */
export function recountSessions(table: Table<Tally, string>, before: readonly unknown[], after: readonly SessionRollup[]): Promise<void> {
  return changeTallies(table, after.map(sessionContribution), contributionsOf(before));
}

/** Tallies of these rollups alone (stored rollups are read through readRollup). */
export const sessionTalliesOf = (rollups: readonly unknown[]): Tally[] => talliesOf(contributionsOf(rollups));
