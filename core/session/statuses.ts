import { z } from 'zod/mini';
// Each schema is z.lazy: built at its first use, not as the sidebar's first load imports it (issue 20 item 1).

export const STATUSES = ['open', 'explored', 'not-relevant', 'declined', 'revisit'] as const;
export const StatusSchema = z.lazy(() => z.enum(STATUSES));
export type Status = z.infer<typeof StatusSchema>;

/** The words a clinician sees; acceptance checks find the controls by these names. */
export const STATUS_LABELS: Record<Status, string> = {
  open: 'Open',
  explored: 'Explored',
  'not-relevant': 'Not relevant',
  declined: 'Declined',
  revisit: 'Revisit',
};
