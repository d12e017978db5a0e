import { storage } from '#imports';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../settings';

/** Settings shared by the options page and the background worker. */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}
