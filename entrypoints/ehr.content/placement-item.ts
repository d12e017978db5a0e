import { storage } from '#imports';
import { DEFAULT_PLACEMENT, readPlacement, type Placement } from '../../core/placement';

/** The clinician's chosen side and width, shared by every site and the demo. */
export const placementItem = storage.defineItem<Placement>('local:placement', { fallback: DEFAULT_PLACEMENT });

export async function loadPlacement(): Promise<Placement> {
  return readPlacement(await placementItem.getValue());
}
