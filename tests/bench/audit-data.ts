import { prng } from './prng';
import type { AuditEvent, AuditRow, DistributiveOmit } from '../../core/audit/schema';
import { toRow } from '../../core/audit/schema';
import type { Framework } from '../../core/framework/schema';

const STATUSES = ['explored', 'explored', 'explored', 'not-relevant', 'declined', 'revisit', 'open'] as const;
const OUTCOMES = ['discussed', 'preferred', 'not-suitable'] as const;

/**
 * `count` events of whole sessions spread over `days` days before `now`, as a team of 20 clinicians
 * in 3 teams would record them: each session marks most prompts (some twice), sets two options,
 * opens guidance, and usually inserts its summary (about 65 events a session). A `team` name
 * gives another team's events: its own clinicians, sessions and event ids.
 */
export function generateEvents(framework: Framework, count: number, now: number, days = 84, team = ''): AuditEvent[] {
  const random = prng(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const prompts = framework.domains.flatMap((d) => d.prompts.map((p) => ({ domainId: d.id, promptId: p.id, guidance: p.guidance[0]! })));
  const events: AuditEvent[] = [];
  for (let s = 0; events.length < count; s++) {
    const prefix = team ? `${team}-` : '';
    const clinician = `${prefix}clinician-${s % 20}`;
    const common = { clinician, team: team || `team-${s % 3}`, sessionId: `${prefix}session-${s}`, frameworkId: framework.id, frameworkVersion: framework.version, training: false };
    let at = now - Math.floor(random() * days * 86_400_000);
    const next = (e: DistributiveOmit<AuditEvent, keyof typeof common | 'id' | 'at'>) => events.push({ ...common, ...e, id: `${prefix}event-${events.length}`, at: (at += 20_000) } as AuditEvent);
    next({ type: 'session-started' });
    for (const p of prompts) {
      if (random() < 0.1) continue; // left open
      next({ type: 'prompt-status-set', domainId: p.domainId, promptId: p.promptId, status: pick(STATUSES) });
      if (random() < 0.1) next({ type: 'prompt-status-set', domainId: p.domainId, promptId: p.promptId, status: pick(STATUSES) });
      if (random() < 0.05) next({ type: 'guidance-opened', sectionId: p.guidance, domainId: p.domainId });
    }
    for (let o = 0; o < 2; o++) next({ type: 'option-set', optionId: pick(framework.leastRestrictiveOptions).id, outcome: pick(OUTCOMES) });
    next({ type: 'search-run', resultCount: Math.floor(random() * 20) });
    next({ type: random() < 0.8 ? 'summary-inserted' : 'summary-copied' });
    next({ type: 'session-finished' });
  }
  return events.slice(0, count);
}

/** The rows as stored and read back from the [training+at] index, oldest first. */
export function asRows(events: AuditEvent[]): AuditRow[] {
  return events.map((e) => toRow(e, 'local')).sort((a, b) => a.at - b.at);
}
