import { createContext } from 'preact';
import type { GuidanceModel } from '../../../core/models/guidance-model';

/** The guidance model, for the prompt cards deep in the list that link to sections. */
export const GuidanceContext = createContext<GuidanceModel | undefined>(undefined);
