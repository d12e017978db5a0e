/**
 * The kinds of service issue 5 names, with the crisis and listening lines issue 15 adds, apart from
 * the zod schema so the sidebar's first load (which shows services under domains) does not carry
 * the validation code.
 */
export const SERVICE_KINDS = ['interpreting', 'faith', 'advocacy', 'community', 'crisis-alternative', 'carers', 'crisis-line'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  interpreting: 'Interpreting',
  faith: 'Faith and spiritual care',
  advocacy: 'Advocacy',
  community: 'Community support',
  'crisis-alternative': 'Crisis alternative',
  carers: 'Carers’ support',
  'crisis-line': 'Crisis and listening line',
};

/** Kinds that belong in the crisis part of a plan (the person's copy lists them there). */
export const CRISIS_KINDS: readonly ServiceKind[] = ['crisis-alternative', 'crisis-line'];
