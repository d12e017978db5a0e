import type { Framework } from '../framework/schema';
import type { Session } from './schema';
import type { Status } from './statuses';

/** A new, empty session for the person in front of the clinician; the label is the clinician's choice. */
export function newSession(framework: Framework, label: string, id: string, now: number, training = false): Session {
  return {
    schemaVersion: 1,
    id,
    label,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    createdAt: now,
    updatedAt: now,
    training,
    prompts: {},
  };
}

export function withStatus(session: Session, promptId: string, status: Status, now: number): Session {
  const current = session.prompts[promptId] ?? { status: 'open', note: '' };
  return { ...session, updatedAt: now, prompts: { ...session.prompts, [promptId]: { ...current, status } } };
}

export function withNote(session: Session, promptId: string, note: string, now: number): Session {
  const current = session.prompts[promptId] ?? { status: 'open', note: '' };
  return { ...session, updatedAt: now, prompts: { ...session.prompts, [promptId]: { ...current, note } } };
}
