import { DEFAULT_SETTINGS, readSettings, type Settings } from '../settings';
import { defineTrustedItem } from './trusted-store';

/** Settings shared by the options page and the background worker, out of a content script's reach (H-33). */
export const settingsItem = defineTrustedItem<Settings>('settings', DEFAULT_SETTINGS);

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}
