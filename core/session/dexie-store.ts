import { liveQuery } from 'dexie';
import type { CoplanDb } from '../db';
import type { SessionStore } from './store';

/** Dexie's liveQuery tells every extension page of a change, so the iframe and side panel stay in step. */
export function dexieStore(db: CoplanDb): SessionStore {
  return {
    get: (id) => db.sessions.get(id),
    updatedSince: (since) => db.sessions.where('updatedAt').aboveOrEqual(since).reverse().toArray(),
    put: async (session) => {
      await db.sessions.put(session);
    },
    delete: (id) => db.sessions.delete(id),
    watch(id, onChange) {
      const subscription = liveQuery(() => db.sessions.get(id)).subscribe({ next: onChange });
      return () => subscription.unsubscribe();
    },
  };
}
