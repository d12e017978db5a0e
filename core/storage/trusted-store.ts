import Dexie, { type Table } from 'dexie';
import { browser } from '#imports';

/*
 * Where Coplan keeps what a content script must neither read nor change (issue 13, H-33): the
 * policy copy, the site list, the settings and the fields remembered per site. Chromium lets a
 * content script read and write storage.local (it has no access level, unlike storage.session),
 * and a content script runs in the page's renderer; IndexedDB on the extension origin is reachable
 * only from Coplan's own pages and its worker. A content script asks the background instead.
 */
class TrustedDb extends Dexie {
  items!: Table<unknown, string>;
  constructor() {
    super('coplan-trusted');
    this.version(1).stores({ items: '' });
  }
}

let db: TrustedDb | undefined;
const trustedDb = () => (db ??= new TrustedDb());

// Earlier versions kept these in storage.local (WXT also kept a `key$` entry of metadata beside each).
const LEGACY_KEYS = ['settings', 'userSites', 'fieldMemory', 'policyCopy'];
const MIGRATED = '$migratedFromLocal';

let migration: Promise<void> | undefined;

/**
 * Moves the old storage.local values here once, then deletes them. Once the marker is set,
 * storage.local is never read again: a content script writing an old key later changes nothing.
 */
function migrateOnce(): Promise<void> {
  migration ??= (async () => {
    const items = trustedDb().items;
    if ((await items.get(MIGRATED)) !== undefined) return;
    const old = await browser.storage.local.get(LEGACY_KEYS).catch(() => ({}) as Record<string, unknown>);
    await trustedDb().transaction('rw', items, async () => {
      if ((await items.get(MIGRATED)) !== undefined) return;
      for (const key of LEGACY_KEYS) {
        // The policy copy is made again from policy by the background; the others are the user's.
        if (key !== 'policyCopy' && old[key] !== undefined && (await items.get(key)) === undefined) await items.put(old[key], key);
      }
      await items.put(true, MIGRATED);
    });
    await browser.storage.local.remove(LEGACY_KEYS.flatMap((key) => [key, `${key}$`])).catch(() => undefined);
  })().catch((error: unknown) => {
    migration = undefined;
    throw error;
  });
  return migration;
}

// Coplan's pages and worker hear of each change here; a BroadcastChannel is the origin's own, so no
// content script can listen or post. (A stopped worker hears nothing, and reads afresh on waking.)
const CHANGES = 'coplan-trusted-changes';
function announce(key: string): void {
  const channel = new BroadcastChannel(CHANGES);
  channel.postMessage(key);
  channel.close();
}

/** A typed value in the trusted store, with the same reads and writes as a WXT storage item. */
export interface TrustedItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back on each later change, from any of Coplan's pages or its worker; returns the way to stop. */
  watch(onChange: (value: T) => void): () => void;
}

export function defineTrustedItem<T>(key: string, fallback: T): TrustedItem<T> {
  const read = async () => {
    await migrateOnce();
    const value = await trustedDb().items.get(key);
    return value === undefined ? fallback : (value as T);
  };
  return {
    getValue: read,
    async setValue(value) {
      await migrateOnce();
      await trustedDb().items.put(value, key);
      announce(key);
    },
    watch(onChange) {
      const channel = new BroadcastChannel(CHANGES);
      channel.onmessage = (event: MessageEvent) => {
        if (event.data === key) void read().then(onChange, (error: unknown) => console.warn(`Coplan could not read the stored ${key}`, error));
      };
      return () => channel.close();
    },
  };
}

/** Empties the trusted store (with "Delete all data"); the marker stays, so nothing old comes back. */
export async function clearTrustedStore(): Promise<void> {
  const items = trustedDb().items;
  await trustedDb().transaction('rw', items, async () => {
    await items.clear();
    await items.put(true, MIGRATED);
  });
  for (const key of LEGACY_KEYS) announce(key);
}
