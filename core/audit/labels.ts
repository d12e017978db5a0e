import type { Framework } from '../framework/schema';

/** Names for ids in the dashboard and exports; ids a framework does not know stay as they are. */
export interface AuditLabels {
  domain(id: string): string;
  option(id: string): string;
}

export function labelsFrom(framework: Framework): AuditLabels {
  const domains = new Map(framework.domains.map((d) => [d.id, d.title]));
  const options = new Map(framework.leastRestrictiveOptions.map((o) => [o.id, o.label]));
  return {
    domain: (id) => (id === '' ? 'Not opened from a prompt' : (domains.get(id) ?? id)),
    option: (id) => options.get(id) ?? id,
  };
}

/** A share as a whole percentage, or a dash when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–';
}
