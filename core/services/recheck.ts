import type { Service } from './schema';

/** Real services are checked again at the same cadence as the legal guidance: three months. */
export const RECHECK_DAYS = 92;

/** The date (YYYY-MM-DD) a sourced service's details are next due to be checked, or undefined for an example. */
export function recheckDue(service: Pick<Service, 'sources'>): string | undefined {
  const checked = (service.sources ?? []).map((s) => s.checked).sort().at(-1);
  if (!checked) return undefined;
  const due = new Date(`${checked}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + RECHECK_DAYS);
  return due.toISOString().slice(0, 10);
}

/** True once a real service's contact details are due to be checked again (H-28): numbers change. */
export function isDueForRecheck(service: Pick<Service, 'sources'>, today: string): boolean {
  const due = recheckDue(service);
  return due !== undefined && due <= today;
}
