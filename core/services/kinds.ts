/**
 * The kinds of local service issue 5 names, apart from the zod schema so the sidebar's first load
 * (which shows services under domains) does not carry the validation code.
 */
export const SERVICE_KINDS = ['interpreting', 'faith', 'advocacy', 'community', 'crisis-alternative', 'carers'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  interpreting: 'Interpreting',
  faith: 'Faith and spiritual care',
  advocacy: 'Advocacy',
  community: 'Community support',
  'crisis-alternative': 'Crisis alternative',
  carers: 'Carers’ support',
};
