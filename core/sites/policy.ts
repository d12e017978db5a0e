import { z } from 'zod/mini';
import { CATEGORY_IDS, type CategoryId } from '../equality/category-ids';
import { SettingsSchema } from '../settings';
import { PANEL_MODES, type PanelMode } from './panel-mode';
import { SitePatternSchema } from './patterns';

/**
 * Enterprise policy as trust IT sets it (issue 6), mirrored by public/managed-schema.json. The
 * browser checks policy against that schema loosely (Firefox not at all), so every value is
 * parsed again here; a bad entry is dropped with a warning that names it, never a crash.
 */
const text = (what: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `is not ${what}`) });
const NonEmpty = z.string(text('text')).check(z.trim(), z.minLength(1, 'is empty'), z.maxLength(500, 'is longer than 500 characters'));

/** The EHR field to fill on a site, found by CSS selector or by its label text. */
export const FieldProfileSchema = z
  .strictObject({ site: SitePatternSchema, selector: z.optional(NonEmpty), label: z.optional(NonEmpty) })
  .check(z.refine((p) => !!(p.selector || p.label), 'needs a selector or a label'));
export type FieldProfile = z.infer<typeof FieldProfileSchema>;

const compiles = (source: string) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

/** Whose record a site's page shows (wrong-patient guard): see core/ehr/page-context.ts. */
export const PersonContextSchema = z
  .strictObject({
    site: SitePatternSchema,
    selector: z.optional(NonEmpty),
    /** A regular expression over the page's path and query; its first group names the person. */
    urlPattern: z.optional(NonEmpty.check(z.refine(compiles, 'is not a valid regular expression'))),
  })
  .check(z.refine((p) => !!(p.selector || p.urlPattern), 'needs a selector or a urlPattern'));
export type PersonContext = z.infer<typeof PersonContextSchema>;

/** Policy after parsing: only valid values, defaults for the rest. */
export interface Policy {
  sites: string[];
  teamId?: string;
  retentionHours?: number;
  /** Minutes without input before the sidebar hides its clinical text (issue 13). */
  lockAfterMinutes?: number;
  fieldProfiles: FieldProfile[];
  /** Whether clinicians may add sites of their own on the options page. */
  allowUserSites: boolean;
  personContext: PersonContext[];
  /** Which equality questions the sidebar offers (issue 16); unset means all of them. */
  equalityQuestions?: CategoryId[];
  /** Where Coplan opens (core/sites/panel-mode.ts); unset means in the page. */
  panel?: PanelMode;
}

// Sites of a clinician's own are off unless trust IT turns them on: one click must not be able to
// switch Coplan on across a site nobody vetted (issue 17).
export const NO_POLICY: Policy = { sites: [], fieldProfiles: [], allowUserSites: false, personContext: [] };

const LISTS = { sites: SitePatternSchema, fieldProfiles: FieldProfileSchema, personContext: PersonContextSchema };
const VALUES = {
  teamId: NonEmpty.check(z.maxLength(100, 'is longer than 100 characters')),
  retentionHours: SettingsSchema.shape.retentionHours,
  allowUserSites: z.boolean(text('true or false')),
  equalityQuestions: z.array(z.enum(CATEGORY_IDS)),
  panel: z.enum(PANEL_MODES),
  lockAfterMinutes: z.int(text('a whole number of minutes')).check(z.gte(1, 'is less than 1 minute'), z.lte(240, 'is more than 240 minutes')),
};
/** The keys of the managed storage area that Coplan reads. */
export const POLICY_KEYS = [...Object.keys(LISTS), ...Object.keys(VALUES)] as (keyof typeof LISTS | keyof typeof VALUES)[];
export type RawPolicy = Partial<Record<(typeof POLICY_KEYS)[number], unknown>>;

function explain(error: z.core.$ZodError): string {
  return error.issues
    .map((i) => {
      const message = i.code === 'unrecognized_keys' ? `has unknown keys ${i.keys.join(', ')}` : i.message === 'Invalid input' ? 'is not valid' : i.message;
      return [i.path.join('.'), message].filter(Boolean).join(' ');
    })
    .join('; ');
}

const show = (value: unknown) => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
};

/** Parses raw managed values, warning once per ignored entry; `warn` is console.warn in the product. */
export function readPolicy(raw: RawPolicy, warn: (message: string) => void = console.warn): Policy {
  const ignore = (where: string, value: unknown, why: string) => warn(`Coplan policy: ignored ${where} ${show(value)}: ${why}`);
  const policy: Policy = { ...NO_POLICY };
  for (const [key, schema] of Object.entries(LISTS) as [keyof typeof LISTS, z.ZodMiniType][]) {
    const value = raw[key];
    if (value == null) continue;
    if (!Array.isArray(value)) {
      ignore(key, value, 'is not a list');
      continue;
    }
    const kept = value.flatMap((entry, i) => {
      const parsed = schema.safeParse(entry);
      if (!parsed.success) ignore(`${key}[${i}]`, entry, explain(parsed.error));
      return parsed.success ? [parsed.data] : [];
    });
    Object.assign(policy, { [key]: key === 'sites' ? [...new Set(kept)] : kept });
  }
  for (const [key, schema] of Object.entries(VALUES) as [keyof typeof VALUES, z.ZodMiniType][]) {
    const value = raw[key];
    if (value == null) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) Object.assign(policy, { [key]: parsed.data });
    else ignore(key, value, key === 'retentionHours' ? 'is not a whole number of hours from 1 to 720' : explain(parsed.error));
  }
  return policy;
}
