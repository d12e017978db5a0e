/**
 * The retention period the background purges drafts by (policy first, then the options page), so
 * the sidebar can say when a draft goes. Loaded lazily, off the sidebar's first load.
 */
export async function loadRetentionHours(): Promise<number> {
  const [{ loadSettings }, { loadPolicyCopy }] = await Promise.all([import('../../core/storage/settings-item'), import('../../core/storage/policy-copy-item')]);
  const [settings, policy] = await Promise.all([loadSettings(), loadPolicyCopy()]);
  return policy.retentionHours ?? settings.retentionHours;
}
