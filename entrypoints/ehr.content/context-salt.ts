import { storage } from '#imports';

/** A random salt made once per installation, so page and person hashes cannot be looked up. */
const saltItem = storage.defineItem<string>('local:contextSalt', {
  init: () => [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join(''),
});

export function contextSalt(): Promise<string> {
  return saltItem.getValue();
}
