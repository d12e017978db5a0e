import { storage } from '#imports';
import { describeField, preferredField, type FieldMemory } from '../../core/ehr/field-profile';
import type { FieldScan } from '../../core/ehr/fields';
import type { PersonContextRule } from '../../core/ehr/page-context';
import { matchesPattern } from '../../core/sites/match';
import { loadPolicyCopy } from '../../core/storage/policy-copy-item';

/** The last field used on each site, by origin: an origin names the EHR, never the person. */
const memoryItem = storage.defineItem<Record<string, FieldMemory>>('local:fieldMemory', { fallback: {} });

const forThisSite = <T extends { site: string }>(rules: T[]) => rules.find((rule) => matchesPattern(rule.site, location.href));

/** Whose record the page shows, per the trust's policy for this site. */
export async function personRule(): Promise<PersonContextRule | undefined> {
  return forThisSite((await loadPolicyCopy()).personContext);
}

export async function preferred(scan: FieldScan): Promise<string | undefined> {
  const [policy, memory] = await Promise.all([loadPolicyCopy(), memoryItem.getValue()]);
  return preferredField(scan, forThisSite(policy.fieldProfiles), memory[location.origin]);
}

export async function remember(element: HTMLElement, label: string): Promise<void> {
  const memory = await memoryItem.getValue();
  await memoryItem.setValue({ ...memory, [location.origin]: describeField(element, label) });
}
