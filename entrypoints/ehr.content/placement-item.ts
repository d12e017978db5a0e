import { DEFAULT_PLACEMENT, readPlacement, type Placement } from '../../core/placement';
import { localItem } from './local-item';

/** The clinician's chosen side and width, shared by every site and the demo. */
export const placementItem = localItem<Placement>('placement', DEFAULT_PLACEMENT);

export async function loadPlacement(): Promise<Placement> {
  return readPlacement(await placementItem.getValue());
}
