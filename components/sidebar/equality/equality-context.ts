import { signal, type ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';
import { CATEGORY_IDS, type CategoryId } from '../../../core/equality/categories';

/** The equality questions the trust's policy asks; the sidebar fills it from the policy copy. */
export const EqualityQuestionsContext = createContext<ReadonlySignal<readonly CategoryId[]>>(signal(CATEGORY_IDS));
