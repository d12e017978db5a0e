import type { Frame, Page } from 'playwright-core';

export type Row = Record<string, unknown>;

/** Every row of the named stores (all of them when none are named), read from an extension page or frame. */
export function readTables(page: Page | Frame, names?: string[]): Promise<Record<string, Row[]>> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('coplan');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const stores = wanted ?? [...db.objectStoreNames];
    const rows = await Promise.all(
      stores.map((store) => new Promise<Row[]>((done, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result as Row[]);
        request.onerror = () => fail(request.error);
      })),
    );
    db.close();
    return Object.fromEntries(stores.map((store, i) => [store, rows[i]!]));
  }, names);
}

/**
 * The stored row of the session with this label, read in the sidebar's frame. A test that reloads
 * waits on it first, as a person's pause would give: a reload in the same few milliseconds as the
 * last change can take the frame away before IndexedDB commits that change's write.
 */
export async function storedSession(sidebar: Frame, label: string): Promise<Row | undefined> {
  const { sessions = [] } = await readTables(sidebar, ['sessions']);
  return sessions.find((row) => row.label === label);
}

/** Every audit event held, read from the blocks they are stored in (core/audit/event-store.ts). */
export async function readAuditEvents(page: Page): Promise<Row[]> {
  const { auditBlocks = [] } = await readTables(page, ['auditBlocks']);
  return auditBlocks.flatMap((block) => block.events as Row[]);
}
