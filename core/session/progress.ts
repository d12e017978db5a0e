import type { Domain, Framework } from '../framework/schema';
import { agendaView } from './agenda';
import type { PromptState, Session } from './schema';
import type { Status } from './statuses';

// A domain counts as explored if any prompt was; "open" only when nothing was touched.
const PRECEDENCE: Status[] = ['explored', 'revisit', 'declined', 'not-relevant'];

/** A domain's state at a glance: the most engaged status any of its prompts reached. */
export function domainState(domain: Domain, prompts: Record<string, PromptState> | undefined): Status {
  const statuses = new Set(domain.prompts.map((p) => prompts?.[p.id]?.status ?? 'open'));
  return PRECEDENCE.find((s) => statuses.has(s)) ?? 'open';
}

/** How many of a domain's prompts were explored, of how many (issue #18: one of five is not "Explored"). */
export function domainProgress(domain: Domain, prompts: Record<string, PromptState> | undefined): { explored: number; total: number } {
  const explored = domain.prompts.filter((p) => prompts?.[p.id]?.status === 'explored').length;
  return { explored, total: domain.prompts.length };
}

/** "2 of 5 explored", or the domain's state when none was explored but some were marked otherwise. */
export function domainProgressText(domain: Domain, prompts: Record<string, PromptState> | undefined, labels: Record<Status, string>): string {
  const { explored, total } = domainProgress(domain, prompts);
  const state = domainState(domain, prompts);
  return explored > 0 || state === 'open' ? `${explored} of ${total} explored` : labels[state];
}

export type Progress = Record<Status, number>;

export function progress(framework: Framework, session: Session | undefined): Progress {
  const counts: Progress = { open: 0, explored: 0, 'not-relevant': 0, declined: 0, revisit: 0 };
  for (const domain of framework.domains) counts[domainState(domain, session?.prompts)]++;
  return counts;
}

/**
 * Domains on today's agenda that nobody has touched yet: the finish nudge lists these. Areas the
 * person did not choose to talk about are not nagged about (issue 14).
 */
export function openDomains(framework: Framework, session: Session | undefined): Domain[] {
  return agendaView(framework, session?.agenda).today.filter((d) => domainState(d, session?.prompts) === 'open');
}
