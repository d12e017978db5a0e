import { signal } from '@preact/signals';
import { CATEGORY_IDS, type CategoryId } from '../../core/equality/categories';

/** Which equality questions the record offers: none until the policy copy is read, then policy's list or all. */
export const equalityQuestions = signal<readonly CategoryId[]>([]);

/** Reads the policy copy off the first load (its storage code is not needed to draw the prompts). */
export function loadEqualityQuestions(): void {
  void import('../../core/storage/policy-copy-item')
    .then((m) => m.loadPolicyCopy())
    .then((policy) => (equalityQuestions.value = policy.equalityQuestions ?? CATEGORY_IDS))
    .catch(() => (equalityQuestions.value = CATEGORY_IDS));
}
