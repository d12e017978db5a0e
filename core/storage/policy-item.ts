import { browser } from '#imports';
import { POLICY_KEYS, readPolicy, type Policy, type RawPolicy } from '../sites/policy';

/*
 * Enterprise policy: the read-only managed storage area, keyed as public/managed-schema.json
 * (Chrome, Edge) or policies.json's `3rdparty.Extensions` block (Firefox). Trust IT sets the values
 * (README, "Enterprise policy"); the extension never writes them. One read for every key: Firefox
 * logs each failed read, and fails them all when no policy names Coplan.
 */

// Policy is read on every change and every page load; one warning per bad entry is enough.
const warned = new Set<string>();
const warnOnce = (message: string) => {
  if (!warned.has(message)) console.warn(message);
  warned.add(message);
};

/** The policy in force, parsed; no policy, or none readable, means the defaults. */
export async function loadPolicy(): Promise<Policy> {
  try {
    return readPolicy((await browser.storage.managed.get([...POLICY_KEYS])) as RawPolicy, warnOnce);
  } catch (error) {
    // Firefox rejects reads of managed storage when no policy names the extension: the usual case
    // outside a trust, so said once, not on every read.
    warnOnce(`Coplan: no enterprise policy could be read, so the defaults apply (${String(error)})`);
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
