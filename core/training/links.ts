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

export const presenterHref = (scenarioId: string) => `presenter.html?${new URLSearchParams({ scenario: scenarioId })}`;

export const debriefHref = (sessionId: string, scenarioId: string) =>
  `debrief.html?${new URLSearchParams({ session: sessionId, scenario: scenarioId })}`;

export const recordHref = (personId: string) => `demo.html#/person/${encodeURIComponent(personId)}`;

export const DEMO_LIST_HREF = 'demo.html#/';

export type DemoRoute = { page: 'list' } | { page: 'person'; id: string };

/** The demo page's hash: `#/person/<id>` is a record, anything else the list of people. */
export function parseDemoRoute(hash: string): DemoRoute {
  const match = /^#\/person\/([^/?#]+)$/.exec(hash);
  if (!match) return { page: 'list' };
  try {
    return { page: 'person', id: decodeURIComponent(match[1]!) };
  } catch {
    return { page: 'list' };
  }
}
