import { STATUSES, type Status } from '../session/statuses';
import type { AuditFilters } from './filters';
import { inView } from './filters';
import { OPTION_OUTCOMES } from './schema';

/** A status as last set in a session, with the domain it belongs to. */
export interface PromptMark {
  domainId: string;
  status: Status;
  at: number;
}

/** One session's usage reduced from its events: every dashboard table is counted from these. */
export interface SessionSummary {
  id: string;
  /** When the session started (its session-started event, else its earliest event). */
  start: number;
  clinician: string;
  team: string;
  /** `frameworkId@version`. */
  framework: string;
  training: boolean;
  finished: boolean;
  inserted: number;
  copied: number;
  failed: number;
  warnings: number;
  searches: number;
  prompts: Map<string, PromptMark>;
  /** Latest outcome per least-restrictive option. */
  options: Map<string, { outcome: string; at: number }>;
  /** Guidance sections opened, by the domain they were opened from ('' when not from a prompt). */
  guidance: Map<string, number>;
}

/** Prompt ids seen per framework and domain, for frameworks the dashboard has no copy of. */
export type ObservedPrompts = Map<string, Map<string, Set<string>>>;

const STATUS_SET = new Set<string>(STATUSES);
const OUTCOME_SET = new Set<string>(OPTION_OUTCOMES);
const str = (value: unknown): value is string => typeof value === 'string';

function summaryOf(row: Record<string, unknown>, sessionId: string, at: number): SessionSummary | undefined {
  const { clinician, team, frameworkId, frameworkVersion, training } = row;
  if (!str(clinician) || !str(team) || !str(frameworkId) || !str(frameworkVersion)) return undefined;
  return {
    id: sessionId, start: at, clinician, team, framework: `${frameworkId}@${frameworkVersion}`, training: training === 1 || training === true,
    finished: false, inserted: 0, copied: 0, failed: 0, warnings: 0, searches: 0,
    prompts: new Map(), options: new Map(), guidance: new Map(),
  };
}

/**
 * One pass over stored rows as read from the [training+at] index. Rows were validated by zod when
 * written; re-parsing a million with zod costs about 5 s, so this loop checks only the fields it
 * uses with typeof and set look-ups, and counts (rather than trusts) anything damaged.
 * A session belongs to the London day and week in which it started, so one that runs past
 * midnight or into a new week is counted once, where it began.
 */
export function summariseSessions(rows: readonly unknown[], filters: AuditFilters) {
  // Per session: its summary, whether its session-started event was seen, and the observed-prompt
  // sets of its framework, so each event costs one map look-up.
  const all = new Map<string, { s: SessionSummary; started: boolean; domains: Map<string, Set<string>> }>();
  const observed: ObservedPrompts = new Map();
  let skipped = 0;
  for (const item of rows) {
    if (typeof item !== 'object' || item === null) { skipped++; continue; }
    const row = item as Record<string, unknown>;
    const { sessionId, at, type } = row;
    if (!str(sessionId) || typeof at !== 'number' || !str(type)) { skipped++; continue; }
    let entry = all.get(sessionId);
    if (!entry) {
      const s = summaryOf(row, sessionId, at);
      if (!s) { skipped++; continue; }
      let domains = observed.get(s.framework);
      if (!domains) observed.set(s.framework, (domains = new Map()));
      all.set(sessionId, (entry = { s, started: false, domains }));
    }
    const s = entry.s;
    if (type === 'session-started') {
      s.start = entry.started ? Math.min(s.start, at) : at;
      entry.started = true;
    } else if (!entry.started && at < s.start) s.start = at;
    switch (type) {
      case 'prompt-status-set': {
        const { promptId, domainId, status } = row;
        if (!str(promptId) || !str(domainId) || !str(status) || !STATUS_SET.has(status)) { skipped++; break; }
        const previous = s.prompts.get(promptId);
        if (!previous) {
          s.prompts.set(promptId, { domainId, status: status as Status, at });
          let prompts = entry.domains.get(domainId);
          if (!prompts) entry.domains.set(domainId, (prompts = new Set()));
          prompts.add(promptId);
        } else if (at >= previous.at) {
          previous.status = status as Status;
          previous.at = at;
        }
        break;
      }
      case 'option-set': {
        const { optionId, outcome } = row;
        if (!str(optionId) || !str(outcome) || !OUTCOME_SET.has(outcome)) { skipped++; break; }
        const previous = s.options.get(optionId);
        if (!previous || at >= previous.at) s.options.set(optionId, { outcome, at });
        break;
      }
      case 'guidance-opened': {
        const domain = str(row.domainId) ? row.domainId : '';
        s.guidance.set(domain, (s.guidance.get(domain) ?? 0) + 1);
        break;
      }
      case 'session-started': break;
      case 'session-finished': s.finished = true; break;
      case 'search-run': s.searches++; break;
      case 'summary-inserted': s.inserted++; break;
      case 'summary-copied': s.copied++; break;
      case 'insertion-failed': s.failed++; break;
      case 'wrong-patient-warning': s.warnings++; break;
      default: skipped++;
    }
  }
  const sessions = [...all.values()].map((e) => e.s).filter(inView(filters));
  return { sessions, observed, skipped };
}
