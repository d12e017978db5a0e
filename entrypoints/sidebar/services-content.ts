import services from 'virtual:coplan/services';
import { openDb } from '../../core/db';
import { loadServices } from '../../core/services/load';
import type { Service } from '../../core/services/schema';

/** Loaded after the prompts are up: the built-in (fictional) directory joined with installed packs'. */
export function loadServiceDirectory(): Promise<Service[]> {
  return loadServices(openDb(), services);
}
