import { openDb } from '../../core/db';
import { dexieStore } from '../../core/session/dexie-store';

/** Dexie and what the sidebar does with it: loaded after the first render, or at the first write. */
export const sessionStore = dexieStore(openDb());

/** Installed packs' rows, for when a plain read of them failed. */
export const packRows = (): Promise<unknown[]> => openDb().packs.toArray();
