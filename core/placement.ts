import { z } from 'zod/mini';
import { once } from './once';

/** Where the sidebar sits on the page; not clinical data, so the content script may keep it. */
export const PLACEMENT_KEY = 'placement';
export const PlacementSchema = once(() => z.strictObject({ side: z.enum(['left', 'right']), width: z.int() }));
export type Placement = z.infer<ReturnType<typeof PlacementSchema>>;

export const MIN_WIDTH = 300;
export const MAX_WIDTH = 720;
export const DEFAULT_PLACEMENT: Placement = { side: 'right', width: 400 };

export function clampWidth(width: number, viewport: number): number {
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, viewport - 200));
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, width)));
}

/** Reads a stored placement, falling back to the default when it is missing or damaged. */
export function readPlacement(raw: unknown): Placement {
  const parsed = PlacementSchema().safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_PLACEMENT;
}
