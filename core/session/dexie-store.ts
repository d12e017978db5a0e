import type { CoplanDb } from '../db';
import type { SessionStore } from './store';

export function dexieStore(db: CoplanDb): SessionStore {
  return {
    get: (id) => db.sessions.get(id),
    updatedSince: (since) => db.sessions.where('updatedAt').aboveOrEqual(since).reverse().toArray(),
    put: async (session) => {
      await db.sessions.put(session);
    },
  };
}
