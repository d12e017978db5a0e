import { storage } from '#imports';

/**
 * The domains whose introduction the clinician has already seen (issue 18): from then on the
 * introduction is folded away under "About this area", so the questions come first. Domain ids
 * only; nothing about any person.
 */
export const seenIntrosItem = storage.defineItem<string[]>('local:seenIntros', { fallback: [] });
