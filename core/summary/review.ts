import type { ReviewState } from '../session/schema';
import type { RecordItem } from './items';

/**
 * What the person and the clinician agreed at the review step (issue 14). Ordinary items go in
 * unless unticked; sensitive ones stay out until the person's agreement is recorded for each.
 */
export interface ReviewChoices {
  /** Ordinary items the person asked to leave out. */
  excluded: ReadonlySet<string>;
  /** Sensitive items the person agreed may go into the record, by agreementKey. */
  agreed: ReadonlySet<string>;
  /** The summary was read back to the person and they agreed it. */
  readBack: boolean;
}

/** Before anyone has reviewed anything: ordinary items in, sensitive items out. */
export const DEFAULT_CHOICES: ReviewChoices = { excluded: new Set(), agreed: new Set(), readBack: false };

export const READ_BACK_LINE = 'This summary was read back to the person, who agreed it.';

/**
 * The person agreed to these words: if the note changes after they agreed, the agreement no
 * longer holds and the item drops out until they agree again.
 */
export function agreementKey(item: RecordItem): string {
  return `${item.id}\u0000${item.text}`;
}

export function isIncluded(item: RecordItem, choices: ReviewChoices): boolean {
  return item.sensitive ? choices.agreed.has(agreementKey(item)) : !choices.excluded.has(item.id);
}

/** A copy of the set with the id in or out; sets in choices are never changed in place. */
export function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** The choices as the session stores them (core/session/schema.ts), and back. */
export function choicesOf(state: ReviewState): ReviewChoices {
  return { excluded: new Set(state.excluded), agreed: new Set(state.agreed), readBack: state.readBack };
}

export function stateOf(choices: ReviewChoices): ReviewState {
  return { excluded: [...choices.excluded], agreed: [...choices.agreed], readBack: choices.readBack };
}
