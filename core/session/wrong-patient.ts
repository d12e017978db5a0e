import type { Binding } from './schema';

/** Why the page may now show a different person from the one the session began with. */
export type ContextChange = 'person' | 'unreadable' | 'page' | 'tab' | 'unbound';

const ruled = (context: Binding) => context.personHash !== undefined || context.personUnreadable === true;

/**
 * Compares where the session began with where the sidebar is now (issue 13). With a person-context
 * rule the person decides, and a person the rule cannot read now is never the same person; without
 * one, the same tab and the same page address (path and query) are needed.
 */
export function contextChanges(binding: Binding | undefined, now: Binding | undefined): ContextChange[] {
  // Not knowing where the session began is itself a reason to ask.
  if (!binding) return ['unbound'];
  if (!now) return ['page'];
  if (ruled(binding) || ruled(now)) {
    if (now.personUnreadable || now.personHash === undefined) return ['unreadable'];
    if (binding.personHash === undefined) return ['unbound'];
    return binding.personHash === now.personHash ? [] : ['person'];
  }
  const changes: ContextChange[] = [];
  if (binding.pageHash !== now.pageHash) changes.push('page');
  if (binding.tabId !== undefined && now.tabId !== undefined && binding.tabId !== now.tabId) changes.push('tab');
  return changes;
}

/** Whether a session may show its text, unasked, beside this page: it is the record the session began on. */
export const matchesBinding = (binding: Binding | undefined, here: Binding | undefined): boolean => contextChanges(binding, here).length === 0;
