import type { Framework } from '../framework/schema';
import type { Scenario } from '../scenarios/schema';
import { domainProgress, domainState } from '../session/progress';
import { generateSummary } from '../summary/summary';
import { restoreSession } from '../session/restore';
import type { Session } from '../session/schema';
import type { Status } from '../session/statuses';

/** Where a learning point landed: its domain explored, raised and declined by the person, or missed. */
export type PointOutcome = 'explored' | 'raised' | 'missed';

/** One of the scenario's learning points, beside what the trainee did in its domain. */
export interface PointResult {
  domainId: string;
  domainTitle: string;
  point: string;
  status: Status;
  outcome: PointOutcome;
  /** How many of the domain's prompts were explored, of how many ("2 of 5 explored"). */
  explored: number;
  total: number;
}

/** What the debrief page shows: the scenario's points by outcome. */
export interface Debrief {
  explored: PointResult[];
  raised: PointResult[];
  missed: PointResult[];
  /** Titles of domains the trainee explored that this scenario does not teach. */
  alsoExplored: string[];
}

// A point is explored when its domain was. When the trainee raised it and the person declined, it
// was raised, not explored: declining is the person's choice and respecting it is good practice,
// but the conversation the point is about did not happen, so it is counted apart (issue 18). Left
// open, set aside as not relevant, or left to come back to means it was missed.
const OUTCOMES: Record<Status, PointOutcome> = { explored: 'explored', declined: 'raised', revisit: 'missed', 'not-relevant': 'missed', open: 'missed' };

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
    const { explored, total } = domain ? domainProgress(domain, session.prompts) : { explored: 0, total: 0 };
    return { domainId, domainTitle: domain?.title ?? domainId, point, status, outcome: OUTCOMES[status], explored, total };
  });
  const taught = new Set(scenario.learningPoints.map((p) => p.domain));
  const by = (outcome: PointOutcome) => results.filter((r) => r.outcome === outcome);
  return {
    explored: by('explored'),
    raised: by('raised'),
    missed: by('missed'),
    alsoExplored: framework.domains
      .filter((d) => !taught.has(d.id) && domainState(d, session.prompts) === 'explored')
      .map((d) => d.title),
  };
}

/** Everything the debrief page needs, or the reason it cannot be shown. */
/** `traineeSummary` is the summary Coplan writes from the practice session, shown beside the model one. */
export type DebriefPage = { ok: true; scenario: Scenario; session: Session; debrief: Debrief; traineeSummary: string } | { ok: false; reason: string };

/** Checks the address's scenario and stored session before comparing; real sessions are never debriefed. */
export function readDebrief(scenario: Scenario | undefined, row: unknown, framework: Framework): DebriefPage {
  if (!scenario) return { ok: false, reason: 'The scenario in this address is not on this device. It may be from a pack that is no longer imported.' };
  if (row === undefined) return { ok: false, reason: 'This practice session is no longer on this device: training data may have been reset.' };
  const restored = restoreSession(row);
  if (!restored.ok) return { ok: false, reason: 'This practice session could not be read, so there is nothing to compare.' };
  if (!restored.session.training)
    return { ok: false, reason: 'This is not a practice session. Debriefs are only for training sessions on the demo EHR, so real work is never shown here.' };
  const session = restored.session;
  return { ok: true, scenario, session, debrief: compareCoverage(scenario, framework, session), traineeSummary: generateSummary(framework, session) };
}
