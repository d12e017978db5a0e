import { browser, storage } from '#imports';
import { POLICY_KEYS, readPolicy, type Policy, type RawPolicy } from '../sites/policy';

/**
 * Enterprise policy: one read-only `managed:` item per key of public/managed-schema.json. Trust IT
 * sets the values (README, "Enterprise policy"); the extension never writes them.
 */
const items = POLICY_KEYS.map((key) => [key, storage.defineItem<unknown>(`managed:${key}`)] as const);

// Policy is read on every change and every page load; one warning per bad entry is enough.
const warned = new Set<string>();
const warnOnce = (message: string) => {
  if (!warned.has(message)) console.warn(message);
  warned.add(message);
};

/** The policy in force, parsed; no policy, or none readable, means the defaults. */
export async function loadPolicy(): Promise<Policy> {
  try {
    const values = await Promise.all(items.map(async ([key, item]) => [key, await item.getValue()] as const));
    return readPolicy(Object.fromEntries(values) as RawPolicy, warnOnce);
  } catch (error) {
    // Firefox rejects reads of managed storage when no policy names the extension.
    console.info('Coplan: no enterprise policy could be read', error);
    return readPolicy({});
  }
}

/**
 * Calls back once per policy change (Chrome loads policy after start-up, and trust IT may change
 * it while the browser runs); returns the way to stop. Firefox reads policy only at start-up.
 */
export function watchPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => area === 'managed' && onChange();
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
