import type { Session } from './schema';

/** Where sessions are kept: Dexie in the extension, memory in the demo's trainee preview and tests. */
export interface SessionStore {
  /** The raw row, unparsed: old or damaged rows are the reader's to handle. */
  get(id: string): Promise<unknown>;
  /** Raw rows updated at or after `since`, newest first. */
  updatedSince(since: number): Promise<unknown[]>;
  put(session: Session): Promise<void>;
}

export function memoryStore(rows: Session[] = []): SessionStore {
  const byId = new Map(rows.map((r) => [r.id, structuredClone(r)]));
  return {
    async get(id) {
      return structuredClone(byId.get(id));
    },
    async updatedSince(since) {
      return [...byId.values()].filter((r) => r.updatedAt >= since).sort((a, b) => b.updatedAt - a.updatedAt).map((r) => structuredClone(r));
    },
    async put(session) {
      byId.set(session.id, structuredClone(session));
    },
  };
}
