import { AuditIdSchema } from './schema';
import { dayNumberOf, dayString, londonDayNumber, londonMidnight } from './london-time';

/** What the dashboard shows; kept in the page's query string so a view can be bookmarked. */
export interface AuditFilters {
  /** First and last London calendar day, inclusive, as 'YYYY-MM-DD'. */
  from: string;
  to: string;
  team?: string;
  clinician?: string;
  /** `frameworkId@version`, e.g. 'coplan-core@1.0.0'. */
  framework?: string;
  /** Training sessions are kept apart from real practice unless asked for. */
  training: boolean;
}

/** The default view: the last twelve whole weeks up to and including today. */
export const DEFAULT_DAYS = 84;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FRAMEWORK = /^[a-z0-9]+(?:-[a-z0-9]+)*@\d{1,4}\.\d{1,4}\.\d{1,4}$/;
const validDate = (value: string | null): value is string => !!value && DATE.test(value) && dayString(dayNumberOf(value)) === value;
const validId = (value: string | null) => (value && AuditIdSchema.safeParse(value).success ? value : undefined);

export function defaultFilters(now: number): AuditFilters {
  const today = londonDayNumber(now);
  return { from: dayString(today - DEFAULT_DAYS + 1), to: dayString(today), training: false };
}

/** Reads filters from a query string; anything malformed falls back to the default. */
export function filtersFromQuery(query: string, now: number): AuditFilters {
  const params = new URLSearchParams(query);
  const fallback = defaultFilters(now);
  const from = params.get('from');
  const to = params.get('to');
  const framework = params.get('framework');
  const range = validDate(from) && validDate(to) && from <= to ? { from, to } : { from: fallback.from, to: fallback.to };
  return {
    ...range,
    team: validId(params.get('team')),
    clinician: validId(params.get('clinician')),
    framework: framework && FRAMEWORK.test(framework) ? framework : undefined,
    training: params.get('training') === '1',
  };
}

export function filtersToQuery(filters: AuditFilters): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.team) params.set('team', filters.team);
  if (filters.clinician) params.set('clinician', filters.clinician);
  if (filters.framework) params.set('framework', filters.framework);
  if (filters.training) params.set('training', '1');
  return `?${params.toString()}`;
}

/** The instants the view covers: from London midnight starting `from` to the midnight ending `to`. */
export function filterRange(filters: AuditFilters): { start: number; end: number } {
  return { start: londonMidnight(dayNumberOf(filters.from)), end: londonMidnight(dayNumberOf(filters.to) + 1) };
}

/** What a session must match to be in view: started in the range, and every filter set. */
export function inView(filters: AuditFilters): (s: { start: number; training: boolean | number; team: string; clinician: string; framework: string }) => boolean {
  const { start, end } = filterRange(filters);
  return (s) =>
    s.start >= start && s.start < end && (filters.training || !s.training) &&
    (!filters.team || s.team === filters.team) &&
    (!filters.clinician || s.clinician === filters.clinician) &&
    (!filters.framework || s.framework === filters.framework);
}

/** Plain words for the filters, for export headers and the dashboard's own heading. */
export function describeFilters(filters: AuditFilters): string {
  const parts = [
    filters.team ? `team ${filters.team}` : 'all teams',
    filters.clinician ? `clinician ${filters.clinician}` : 'all clinicians',
    filters.framework ? `framework ${filters.framework}` : 'all framework versions',
    filters.training ? 'training sessions included' : 'training sessions excluded',
  ];
  return parts.join('; ');
}
