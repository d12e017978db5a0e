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
  /** The team stamped on usage records, when policy sets it. */
  teamId?: string;
}

const rulesItem = storage.defineItem<SiteRules>('local:siteRules', { fallback: { fieldProfiles: [], personContext: [] } });

export async function copyPolicyRules(): Promise<void> {
  const { fieldProfiles, personContext, teamId } = await loadPolicy();
  await rulesItem.setValue(teamId ? { fieldProfiles, personContext, teamId } : { fieldProfiles, personContext });
}

/** The copied rules, re-checked: storage is shared with every extension context. */
export async function loadSiteRules(): Promise<SiteRules> {
  const raw = await rulesItem.getValue();
  const keep = <T>(list: unknown, schema: { safeParse(v: unknown): { success: boolean; data?: T } }) =>
    (Array.isArray(list) ? list : []).flatMap((entry) => {
      const parsed = schema.safeParse(entry);
      return parsed.success ? [parsed.data as T] : [];
    });
  const teamId = typeof raw.teamId === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw.teamId) ? raw.teamId : undefined;
  const rules = { fieldProfiles: keep<FieldProfile>(raw.fieldProfiles, FieldProfileSchema), personContext: keep<PersonContext>(raw.personContext, PersonContextSchema) };
  return teamId ? { ...rules, teamId } : rules;
}
