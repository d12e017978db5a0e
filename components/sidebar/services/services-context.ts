import { signal, type ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';
import type { Service } from '../../../core/services/schema';

/**
 * The services directory, given once at the sidebar's root rather than threaded through every
 * domain; it starts empty and fills when core/services/directory.ts has loaded it.
 */
export const ServicesContext = createContext<ReadonlySignal<Service[]>>(signal([]));
