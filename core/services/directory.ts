import { signal, type ReadonlySignal } from '@preact/signals';
import type { Service } from './schema';

/** The services directory for the sidebar: empty until loaded, loaded once. */
export interface ServicesDirectory {
  services: ReadonlySignal<Service[]>;
  load(): Promise<void>;
}

/**
 * The loader is passed in (./load.ts in the extension, a list in tests) so the sidebar's first load
 * does not carry the database and schema code; it is imported lazily, as guidance is.
 */
export function createServicesDirectory(load: () => Promise<Service[]>): ServicesDirectory {
  const services = signal<Service[]>([]);
  let loading: Promise<void> | undefined;
  return {
    services,
    load: () => (loading ??= load().then((loaded) => void (services.value = loaded))),
  };
}
