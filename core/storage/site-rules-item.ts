import { storage } from '#imports';
import { FieldProfileSchema, PersonContextSchema, type FieldProfile, type PersonContext } from '../sites/policy';
import { loadPolicy } from './policy-item';

/**
 * The per-site rules from policy, copied to local storage by the background for content scripts:
 * a first read of managed storage from a content script can stall for seconds in Chromium, and
 * the wrong-patient check must not wait on it.
 */
export interface SiteRules {
  fieldProfiles: FieldProfile[];
  personContext: PersonContext[];
}

const rulesItem = storage.defineItem<SiteRules>('local:siteRules', { fallback: { fieldProfiles: [], personContext: [] } });

export async function copyPolicyRules(): Promise<void> {
  const { fieldProfiles, personContext } = await loadPolicy();
  await rulesItem.setValue({ fieldProfiles, personContext });
}

/** The copied rules, re-checked: storage is shared with every extension context. */
export async function loadSiteRules(): Promise<SiteRules> {
  const raw = await rulesItem.getValue();
  const keep = <T>(list: unknown, schema: { safeParse(v: unknown): { success: boolean; data?: T } }) =>
    (Array.isArray(list) ? list : []).flatMap((entry) => {
      const parsed = schema.safeParse(entry);
      return parsed.success ? [parsed.data as T] : [];
    });
  return { fieldProfiles: keep(raw.fieldProfiles, FieldProfileSchema), personContext: keep(raw.personContext, PersonContextSchema) };
}
