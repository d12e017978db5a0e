import { UNASSIGNED } from '../settings';
import { loadPolicyCopy } from './policy-copy-item';
import { loadSettings } from './settings-item';

/** The pseudonymous ids stamped on usage records. */
export interface AuditIds {
  clinician: string;
  team: string;
}

/** The ids in force: the team from policy when it sets one, else the options page's. */
export async function loadAuditIds(): Promise<AuditIds> {
  const [settings, rules] = await Promise.all([loadSettings(), loadPolicyCopy()]);
  return { clinician: settings.clinicianId, team: rules.teamId ?? settings.teamId };
}

/** Whether records would say "unassigned" for the team, which the dashboard cannot put in any team (issue 18). */
export const teamIdMissing = async () => (await loadAuditIds()).team === UNASSIGNED;
