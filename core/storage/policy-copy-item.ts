import { storage } from '#imports';
import { FieldProfileSchema, PersonContextSchema, type FieldProfile, type PersonContext } from '../sites/policy';
import { loadPolicy } from './policy-item';

/**
 * The parts of policy pages need, copied to local storage by the background: a page's or content
 * script's first read of managed storage can stall for seconds in Chromium, and neither the
 * wrong-patient check nor the options page should wait on it.
 */
export interface PolicyCopy {
  fieldProfiles: FieldProfile[];
  personContext: PersonContext[];
  /** The team stamped on usage records, when policy sets it. */
  teamId?: string;
  retentionHours?: number;
}

const copyItem = storage.defineItem<PolicyCopy>('local:policyCopy', { fallback: { fieldProfiles: [], personContext: [] } });

export async function copyPolicy(): Promise<void> {
  const { fieldProfiles, personContext, teamId, retentionHours } = await loadPolicy();
  await copyItem.setValue({ fieldProfiles, personContext, ...(teamId && { teamId }), ...(retentionHours && { retentionHours }) });
}

/** The copied rules, re-checked: storage is shared with every extension context. */
export async function loadPolicyCopy(): Promise<PolicyCopy> {
  const raw = await copyItem.getValue();
  const keep = <T>(list: unknown, schema: { safeParse(v: unknown): { success: boolean; data?: T } }) =>
    (Array.isArray(list) ? list : []).flatMap((entry) => {
      const parsed = schema.safeParse(entry);
      return parsed.success ? [parsed.data as T] : [];
    });
  const teamId = typeof raw.teamId === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw.teamId) ? raw.teamId : undefined;
  const rules = { fieldProfiles: keep<FieldProfile>(raw.fieldProfiles, FieldProfileSchema), personContext: keep<PersonContext>(raw.personContext, PersonContextSchema) };
  const hours = raw.retentionHours;
  const retentionHours = Number.isInteger(hours) && (hours as number) >= 1 && (hours as number) <= 720 ? (hours as number) : undefined;
  return { ...rules, ...(teamId && { teamId }), ...(retentionHours && { retentionHours }) };
}
