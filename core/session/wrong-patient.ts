import type { Binding } from './schema';

/** Why the page may now show a different person from the one the session began with. */
export type ContextChange = 'person' | 'page' | 'tab' | 'unbound';

/**
 * Compares where the session began with where the sidebar is now. With a person-context rule the
 * person decides; without one, a different page address or tab is reason enough to ask.
 */
export function contextChanges(binding: Binding | undefined, now: Binding | undefined): ContextChange[] {
  // Not knowing where the session began is itself a reason to ask.
  if (!binding) return ['unbound'];
  if (!now) return ['page'];
  const changes: ContextChange[] = [];
  if (binding.personHash && now.personHash) {
    if (binding.personHash !== now.personHash) changes.push('person');
  } else if (binding.pageHash !== now.pageHash) {
    changes.push('page');
  }
  if (binding.tabId !== undefined && now.tabId !== undefined && binding.tabId !== now.tabId) changes.push('tab');
  return changes;
}
