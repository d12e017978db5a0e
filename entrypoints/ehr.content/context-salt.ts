import { storage } from '#imports';

/** A random salt made once per installation, so page and person hashes cannot be looked up. */
const saltItem = storage.defineItem<string>('local:contextSalt');

export async function contextSalt(): Promise<string> {
  const stored = await saltItem.getValue();
  if (stored) return stored;
  const salt = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  await saltItem.setValue(salt);
  return salt;
}
