import type { Session } from './schema';

/** Where sessions are kept: Dexie in the extension, memory in component tests. */
export interface SessionStore {
  /** The raw row, unparsed: old or damaged rows are the reader's to handle. */
  get(id: string): Promise<unknown>;
  /** Raw rows updated at or after `since`, newest first. */
  updatedSince(since: number): Promise<unknown[]>;
  put(session: Session): Promise<void>;
  delete(id: string): Promise<void>;
  /** Calls back with the raw row whenever any context changes it; returns the unsubscribe. */
  watch(id: string, onChange: (raw: unknown) => void): () => void;
}

export function memoryStore(rows: unknown[] = []): SessionStore {
  const byId = new Map<string, unknown>(rows.map((r) => [(r as { id: string }).id, structuredClone(r)]));
  const watchers = new Set<{ id: string; onChange: (raw: unknown) => void }>();
  return {
    async get(id) {
      return structuredClone(byId.get(id));
    },
    async updatedSince(since) {
      return [...byId.values()]
        .filter((r) => (r as Session).updatedAt >= since)
        .sort((a, b) => (b as Session).updatedAt - (a as Session).updatedAt)
        .map((r) => structuredClone(r));
    },
    async put(session) {
      byId.set(session.id, structuredClone(session));
      for (const w of watchers) if (w.id === session.id) w.onChange(structuredClone(session));
    },
    async delete(id) {
      byId.delete(id);
      for (const w of watchers) if (w.id === id) w.onChange(undefined);
    },
    watch(id, onChange) {
      const watcher = { id, onChange };
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
  };
}
