import { browser } from '#imports';
import { PLACEMENT_KEY, type Placement } from '../../core/placement';

/**
 * Keeps the clinician's chosen side and width, shared by every site and the demo. The content
 * script only writes it: the background reads it back with the site's rules.
 */
export function savePlacement(placement: Placement): Promise<void> {
  return browser.storage.local.set({ [PLACEMENT_KEY]: placement });
}
