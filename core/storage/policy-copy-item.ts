import { readPolicy, type Policy, type RawPolicy } from '../sites/policy';
import { loadPolicy } from './policy-item';
import { defineTrustedItem } from './trusted-store';

/**
 * The policy, copied by the background into the trusted store (never storage.local, which a
 * content script can change: H-33): a page's first read of managed storage can stall for seconds
 * in Chromium, and neither the wrong-patient check nor the options page should wait on it.
 */
const copyItem = defineTrustedItem<RawPolicy | undefined>('policyCopy', undefined);

export async function copyPolicy(): Promise<void> {
  await copyItem.setValue({ ...(await loadPolicy()) });
}

/** The copy, parsed again; before the first copy is made, the policy itself (slow, but never a missing rule). */
export async function loadPolicyCopy(): Promise<Policy> {
  const copy = await copyItem.getValue();
  return copy === undefined ? loadPolicy() : readPolicy(copy, () => undefined);
}
