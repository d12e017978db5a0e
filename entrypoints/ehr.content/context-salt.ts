import { storage } from '#imports';

/** A random salt made once per installation, so page and person hashes cannot be looked up. */
const saltItem = storage.defineItem<string>('local:contextSalt');

async function contextSalt(): Promise<string> {
  const stored = await saltItem.getValue();
  if (stored) return stored;
  const salt = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  await saltItem.setValue(salt);
  return salt;
}

/** The installation's own salt, then SHA-256: a bare hash of a ten-digit NHS number could be reversed by trying them all. */
export async function keyWithSalt(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${await contextSalt()}|${text}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
