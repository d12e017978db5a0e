import { signal, type ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';

/** Hours a draft is kept after its last change; undefined until loaded, and then nothing is said. */
export const RetentionContext = createContext<ReadonlySignal<number | undefined>>(signal(undefined));
