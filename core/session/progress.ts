import type { Domain, Framework } from '../framework/schema';
import type { PromptState, Session } from './schema';
import type { Status } from './statuses';

// A domain counts as explored if any prompt was; "open" only when nothing was touched.
const PRECEDENCE: Status[] = ['explored', 'revisit', 'declined', 'not-relevant'];

/** A domain's state at a glance: the most engaged status any of its prompts reached. */
export function domainState(domain: Domain, prompts: Record<string, PromptState> | undefined): Status {
  const statuses = new Set(domain.prompts.map((p) => prompts?.[p.id]?.status ?? 'open'));
  return PRECEDENCE.find((s) => statuses.has(s)) ?? 'open';
}

export type Progress = Record<Status, number>;

export function progress(framework: Framework, session: Session | undefined): Progress {
  const counts: Progress = { open: 0, explored: 0, 'not-relevant': 0, declined: 0, revisit: 0 };
  for (const domain of framework.domains) counts[domainState(domain, session?.prompts)]++;
  return counts;
}

/** Domains nobody has touched yet: the finish nudge lists these. */
export function openDomains(framework: Framework, session: Session | undefined): Domain[] {
  return framework.domains.filter((d) => domainState(d, session?.prompts) === 'open');
}
