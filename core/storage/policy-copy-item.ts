import { storage } from '#imports';
import { readPolicy, type Policy, type RawPolicy } from '../sites/policy';
import { loadPolicy } from './policy-item';

/**
 * The policy, copied to local storage by the background: a page's or content script's first read
 * of managed storage can stall for seconds in Chromium, and neither the wrong-patient check nor
 * the options page should wait on it.
 */
const copyItem = storage.defineItem<RawPolicy>('local:policyCopy', { fallback: {} });

export async function copyPolicy(): Promise<void> {
  await copyItem.setValue({ ...(await loadPolicy()) });
}

/** The copy, parsed again: local storage is shared with every extension context. */
export async function loadPolicyCopy(): Promise<Policy> {
  return readPolicy(await copyItem.getValue(), () => undefined);
}
