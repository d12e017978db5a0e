// Addresses between the trainer's pages. The sidebar reads the practice query with
// core/sidebar-mode.ts, which treats anything unexpected as real work, so these must match it.

/** What the trainer chose for a practice run on the demo EHR. */
export interface Practice {
  scenarioId?: string;
  hints: boolean;
}

/** The sidebar frame's query on the demo page: always training, with the scenario and hints if chosen. */
export function practiceQuery({ scenarioId, hints }: Practice): string {
  const params = new URLSearchParams({ mode: 'training' });
  if (scenarioId) {
    params.set('scenario', scenarioId);
    if (hints) params.set('hints', '1');
  }
  return `?${params}`;
}

const SCENARIO_ID = /^[a-z0-9-]{1,80}$/;

/** The trainer's choices as query parameters; `scenario=` (empty) is free practice. */
function practiceParams({ scenarioId, hints }: Practice): URLSearchParams {
  const params = new URLSearchParams({ scenario: scenarioId ?? '' });
  if (scenarioId && hints) params.set('hints', '1');
  return params;
}

/** Reads the choices back from a query; undefined when the query holds none, so the record's default applies. */
export function readPractice(query: string): Practice | undefined {
  const params = new URLSearchParams(query);
  const scenario = params.get('scenario');
  if (scenario === null) return undefined;
  const scenarioId = SCENARIO_ID.test(scenario) ? scenario : undefined;
  return { scenarioId, hints: !!scenarioId && params.get('hints') === '1' };
}

// The presenter and the debrief carry the trainer's choices, so the way back returns to the same
// record with the same scenario and hints (issue 18: Esc went to the people list, hints were off).
export const presenterHref = (scenarioId: string, hints = false) => `presenter.html?${practiceParams({ scenarioId, hints })}`;

export const debriefHref = (sessionId: string, scenarioId: string, hints = false) =>
  `debrief.html?${new URLSearchParams({ session: sessionId, ...Object.fromEntries(practiceParams({ scenarioId, hints })) })}`;

/** A record of the demo EHR, with the trainer's choices when there are any. */
export const recordHref = (personId: string, practice?: Practice) =>
  `demo.html#/person/${encodeURIComponent(personId)}${practice ? `?${practiceParams(practice)}` : ''}`;

export const DEMO_LIST_HREF = 'demo.html#/';

export type DemoRoute = { page: 'list' } | { page: 'person'; id: string; practice?: Practice };

/** The demo page's hash: `#/person/<id>` (with the trainer's choices after `?`) is a record, anything else the list of people. */
export function parseDemoRoute(hash: string): DemoRoute {
  const match = /^#\/person\/([^/?#]+)(?:\?([^#]*))?$/.exec(hash);
  if (!match) return { page: 'list' };
  try {
    const practice = match[2] === undefined ? undefined : readPractice(match[2]);
    return { page: 'person', id: decodeURIComponent(match[1]!), ...(practice ? { practice } : {}) };
  } catch {
    return { page: 'list' };
  }
}
