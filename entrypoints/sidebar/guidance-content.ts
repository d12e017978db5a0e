import sections from 'virtual:coplan/guidance';
import { openDb } from '../../core/db';
import { openLibrary } from '../../core/guidance/library';
import type { GuidanceLibrary } from '../../core/models/guidance-model';

/** Loaded on demand, so guidance text and search code stay out of the sidebar's first load. */
export function loadGuidanceLibrary(): Promise<GuidanceLibrary> {
  return openLibrary(openDb(), sections);
}
