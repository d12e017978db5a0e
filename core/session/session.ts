import type { Framework } from '../framework/schema';
import { EMPTY_COMMUNICATION, type Coproduction, type PromptState, type Session } from './schema';

export const EMPTY_RECORD: Coproduction = {
  ownWords: '',
  carerView: '',
  actions: [],
  disagreements: '',
  options: {},
  participants: { interpreter: false, interpreterLanguage: '', interpreterKind: '', interpreterReason: '', advocate: false, carer: false, nominatedPerson: false },
  communication: EMPTY_COMMUNICATION,
  chosenServices: [],
};

/** A new, empty session for the person in front of the clinician; the label is the clinician's choice. */
export function newSession(framework: Framework, label: string, id: string, now: number, training = false): Session {
  return {
    schemaVersion: 2,
    id,
    label,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    createdAt: now,
    updatedAt: now,
    training,
    prompts: {},
    record: structuredClone(EMPTY_RECORD),
    review: { excluded: [], agreed: [], readBack: false },
  };
}

export const OPEN_PROMPT: PromptState = { status: 'open', note: '' };

export function withPrompt(session: Session, promptId: string, change: Partial<PromptState>, now: number): Session {
  const current = session.prompts[promptId] ?? OPEN_PROMPT;
  return { ...session, updatedAt: now, prompts: { ...session.prompts, [promptId]: { ...current, ...change } } };
}

export function withRecord(session: Session, change: Partial<Coproduction>, now: number): Session {
  return { ...session, updatedAt: now, record: { ...session.record, ...change } };
}
