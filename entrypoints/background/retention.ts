import { browser } from '#imports';
import { openDb } from '../../core/db';
import { purgeExpiredSessions } from '../../core/session/retention';
import { loadSettings, settingsItem } from '../../core/storage/settings-item';

const ALARM = 'coplan-retention';

async function purge(): Promise<void> {
  const { retentionHours } = await loadSettings();
  await purgeExpiredSessions(openDb(), Date.now(), retentionHours);
}

/** Purges old drafts at start-up, every 15 minutes, and whenever the period is shortened. */
export function registerRetention(): void {
  void browser.alarms.create(ALARM, { periodInMinutes: 15 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void purge();
  });
  settingsItem.watch(() => void purge());
  void purge();
}
