import { browser } from '#imports';

/**
 * One value in the extension's local storage, under the key @wxt-dev/storage gives 'local:<key>'
 * elsewhere, read and written directly: that library's versioning and watchers weighed about a
 * tenth of the content script, which must stay under 20 KB gzipped (issue 17's checks needed the room).
 */
export function localItem<T>(key: string, fallback: T) {
  return {
    getValue: async (): Promise<T> => ((await browser.storage.local.get(key))[key] as T | undefined) ?? fallback,
    setValue: (value: T) => browser.storage.local.set({ [key]: value }),
  };
}
