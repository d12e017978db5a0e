import { browser } from '#imports';
import { openDb } from '../../core/db';
import { purgeExpiredSessions } from '../../core/session/retention';
import { loadPolicy, watchPolicy } from '../../core/storage/policy-item';
import { loadSettings, settingsItem } from '../../core/storage/settings-item';

const ALARM = 'coplan-retention';

async function purge(): Promise<void> {
  const [settings, policy] = await Promise.all([loadSettings(), loadPolicy()]);
  // A trust's policy sets the period for everyone; the options page setting applies otherwise.
  await purgeExpiredSessions(openDb(), Date.now(), policy.retentionHours ?? settings.retentionHours);
}

/** Purges old drafts at start-up, every 15 minutes, and whenever the period is shortened. */
export function registerRetention(): void {
  void browser.alarms.create(ALARM, { periodInMinutes: 15 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void purge();
  });
  settingsItem.watch(() => void purge());
  watchPolicy(() => void purge());
  void purge();
}
