import { restoreSession } from './restore';
import type { Binding } from './schema';
import { matchesBinding } from './wrong-patient';

/**
 * Whether a page that has just reloaded has a session to reopen on (issue 18, point 2): an
 * unfinished, real (not training) session that began on this very record. Another record's
 * session never counts, however recent.
 */
export function hasSessionHere(rows: unknown[], here: Binding): boolean {
  return rows.some((raw) => {
    const restored = restoreSession(raw);
    return restored.ok && restored.session.finishedAt === undefined && !restored.session.training && matchesBinding(restored.session.binding, here);
  });
}
