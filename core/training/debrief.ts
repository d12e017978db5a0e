import type { Framework } from '../framework/schema';
import type { Scenario } from '../scenarios/schema';
import { domainState } from '../session/progress';
import { restoreSession } from '../session/restore';
import type { Session } from '../session/schema';
import type { Status } from '../session/statuses';

/** One of the scenario's learning points, beside what the trainee did in its domain. */
export interface PointResult {
  domainId: string;
  domainTitle: string;
  point: string;
  status: Status;
  hit: boolean;
}

/** What the debrief page shows: the scenario's points split into hit and missed. */
export interface Debrief {
  hit: PointResult[];
  missed: PointResult[];
  /** Titles of domains the trainee explored that this scenario does not teach. */
  alsoExplored: string[];
}

// A point is hit when its domain was explored, or raised and the person declined: declining is the
// person's choice, and respecting it is good practice. Left open, set aside as not relevant, or
// left to come back to means the conversation the point is about did not happen.
const HIT: ReadonlySet<Status> = new Set<Status>(['explored', 'declined']);

/** The trainee's wording for a domain's state, for the debrief and its printout. */
export const STATE_WORDS: Record<Status, string> = {
  explored: 'Explored',
  declined: 'Raised; the person declined',
  revisit: 'Left to come back to',
  'not-relevant': 'Marked not relevant',
  open: 'Left open',
};

/** Compares a practice session's coverage, domain by domain, with the scenario's learning points. */
export function compareCoverage(scenario: Scenario, framework: Framework, session: Session): Debrief {
  const domains = new Map(framework.domains.map((d) => [d.id, d]));
  const results = scenario.learningPoints.map(({ domain: domainId, point }): PointResult => {
    const domain = domains.get(domainId);
    // An imported pack is checked against the framework, so an unknown domain only follows a framework change.
    const status = domain ? domainState(domain, session.prompts) : 'open';
    return { domainId, domainTitle: domain?.title ?? domainId, point, status, hit: HIT.has(status) };
  });
  const taught = new Set(scenario.learningPoints.map((p) => p.domain));
  return {
    hit: results.filter((r) => r.hit),
    missed: results.filter((r) => !r.hit),
    alsoExplored: framework.domains
      .filter((d) => !taught.has(d.id) && domainState(d, session.prompts) === 'explored')
      .map((d) => d.title),
  };
}

/** Everything the debrief page needs, or the reason it cannot be shown. */
export type DebriefPage = { ok: true; scenario: Scenario; session: Session; debrief: Debrief } | { ok: false; reason: string };

/** Checks the address's scenario and stored session before comparing; real sessions are never debriefed. */
export function readDebrief(scenario: Scenario | undefined, row: unknown, framework: Framework): DebriefPage {
  if (!scenario) return { ok: false, reason: 'The scenario in this address is not on this device. It may be from a pack that is no longer imported.' };
  if (row === undefined) return { ok: false, reason: 'This practice session is no longer on this device: training data may have been reset.' };
  const restored = restoreSession(row);
  if (!restored.ok) return { ok: false, reason: 'This practice session could not be read, so there is nothing to compare.' };
  if (!restored.session.training)
    return { ok: false, reason: 'This is not a practice session. Debriefs are only for training sessions on the demo EHR, so real work is never shown here.' };
  return { ok: true, scenario, session: restored.session, debrief: compareCoverage(scenario, framework, restored.session) };
}
