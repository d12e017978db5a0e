import { createContext } from 'preact';

/**
 * Whether the open session is finished, and so locked (issue 18): its statuses, words, notes,
 * actions and ticks show as they were finished, read-only, until the clinician reopens it.
 */
export const LockedContext = createContext(false);
