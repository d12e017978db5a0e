import { prng } from './prng';
import type { AuditEvent, AuditRow, DistributiveOmit } from '../../core/audit/schema';
import { toRow } from '../../core/audit/schema';
import type { Framework } from '../../core/framework/schema';
import { CATEGORIES, flatAnswers, NOT_STATED, PREFER_NOT, type EqualityAnswers } from '../../core/equality/categories';
import type { FeedbackRow } from '../../core/feedback/schema';

const STATUSES = ['explored', 'explored', 'explored', 'not-relevant', 'declined', 'revisit', 'open'] as const;
const OUTCOMES = ['discussed', 'preferred', 'not-suitable'] as const;

/**
 * `count` events of whole sessions spread over `days` days before `now`, as a team of 20 clinicians
 * in 3 teams would record them: each session marks most prompts (some twice), sets two options,
 * opens guidance, records the person's equality answers and who took part, and usually inserts
 * its summary (about 67 events a session). A `team` name
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
    // Started at least two hours before `now`, so a whole session (about 67 events, 20 s apart) is in the past.
    let at = now - 7_200_000 - Math.floor(random() * days * 86_400_000);
    const next = (e: DistributiveOmit<AuditEvent, keyof typeof common | 'id' | 'at'>) => events.push({ ...common, ...e, id: `${prefix}event-${events.length}`, at: (at += 20_000) } as AuditEvent);
    next({ type: 'session-started' });
    next({ type: 'equality-recorded', answers: equalityAnswers(random) });
    next({ type: 'participants-set', interpreter: random() < 0.2, advocate: random() < 0.3 });
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

/** Answers to every equality question, some "Not stated" or "Prefer not to say", as people give them. */
function equalityAnswers(random: () => number): EqualityAnswers {
  return Object.fromEntries(CATEGORIES.map((c) => {
    const roll = random();
    const code = roll < 0.05 ? NOT_STATED : roll < 0.1 ? PREFER_NOT : c.codes[Math.floor(random() * c.codes.length)]![0];
    return [c.id, code];
  })) as EqualityAnswers;
}

/**
 * `count` feedback rows given over the `days` before `now` in the teams' names, each rating every
 * statement (some "Prefer not to say") and answering the equality questions.
 */
export function generateFeedback(framework: Framework, count: number, now: number, teams: readonly string[], days = 84): FeedbackRow[] {
  const random = prng(11);
  const statements = (framework.feedbackStatements ?? []).map((s) => s.id);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return Array.from({ length: count }, () => {
    const day = new Date(now - Math.floor(random() * days * 86_400_000));
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
    const answers = equalityAnswers(random);
    return {
      id: `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`,
      week: day.toISOString().slice(0, 10),
      team: teams[Math.floor(random() * teams.length)]!,
      carer: random() < 0.2 ? 1 : 0,
      training: 0,
      framework: `${framework.id}@${framework.version}`,
      scores: statements.flatMap((id) => [id, Math.floor(random() * 6)]),
      equality: flatAnswers(answers),
    };
  });
}
