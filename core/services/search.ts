import { SERVICE_KIND_LABELS, type ServiceKind } from './kinds';
import type { Service } from './schema';

/** What a clinician narrows the directory by; unset fields do not filter. */
export interface ServiceFilter {
  kind?: ServiceKind;
  language?: string;
  faith?: string;
  area?: string;
  text?: string;
}

/**
 * Which kinds of service help with each framework domain, so the sidebar can show them under the
 * domain's prompts (issue 5). Domains not listed have no directory entries shown.
 */
export const KINDS_BY_DOMAIN: Record<string, ServiceKind[]> = {
  language: ['interpreting'],
  faith: ['faith'],
  'rights-advocacy': ['advocacy'],
  'family-carers': ['carers', 'community'],
  'least-restrictive': ['crisis-line', 'crisis-alternative', 'community'],
};

// Case and accents folded, so "Bengali", "bengali" and "Bengalí" all match.
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function searchable(service: Service): string {
  const { name, area, notes = '', languages, faiths, kind, openingHours } = service;
  return fold([name, area, notes, openingHours, SERVICE_KIND_LABELS[kind], ...languages, ...faiths].join(' '));
}

/** Services matching every set filter; text must contain every word typed, in any field. */
export function filterServices(services: Service[], filter: ServiceFilter): Service[] {
  const words = fold(filter.text ?? '').split(/\s+/).filter(Boolean);
  const same = (wanted: string | undefined, values: string[]) => !wanted || values.some((v) => fold(v) === fold(wanted));
  return services.filter(
    (s) =>
      (!filter.kind || s.kind === filter.kind) &&
      same(filter.language, s.languages) &&
      same(filter.faith, s.faiths) &&
      same(filter.area, [s.area]) &&
      (!words.length || words.every((w) => searchable(s).includes(w))),
  );
}

/** The languages, faiths and areas the directory holds, sorted, for the filter menus. */
export function facets(services: Service[]): { languages: string[]; faiths: string[]; areas: string[] } {
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    languages: sorted(services.flatMap((s) => s.languages)),
    faiths: sorted(services.flatMap((s) => s.faiths)),
    areas: sorted(services.map((s) => s.area)),
  };
}

/** The services shown under a domain's prompts, in directory order. */
export function servicesForDomain(services: Service[], domainId: string): Service[] {
  const kinds = KINDS_BY_DOMAIN[domainId] ?? [];
  return services.filter((s) => kinds.includes(s.kind));
}
