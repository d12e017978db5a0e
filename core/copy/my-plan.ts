import type { Framework } from '../framework/schema';
import type { Action, Session } from '../session/schema';
import { CRISIS_KINDS } from '../services/kinds';
import type { Service } from '../services/schema';

// What goes on the person's copy (issue 14): their own words as typed, the agreed actions, their
// crisis plan and the services chosen for them, and their rights. Never the prompts' wording, why
// they matter, statuses or notes: those are the clinician's.

/** A least-restrictive option the person preferred, with their reason. */
export interface CrisisChoice {
  label: string;
  description: string;
  reason: string;
}

export interface MyPlan {
  date: Date;
  ownWords: string;
  actions: Action[];
  crisisChoices: CrisisChoice[];
  crisisServices: Service[];
  chosenServices: Service[];
  advocacyServices: Service[];
}

const given = (text: string): boolean => text.trim() !== '';

/** The person's copy of a session; services come from the built-in directory and the trust's packs. */
export function myPlan(framework: Framework, session: Session, directory: Service[]): MyPlan {
  const { record } = session;
  const chosen = new Set(record.chosenServices);
  // An invented example is never handed to a real person as a way to get help; training may show them.
  const services = directory.filter((s) => !s.example || session.training);
  const crisis = (s: Service) => CRISIS_KINDS.includes(s.kind);
  return {
    date: new Date(session.finishedAt ?? session.updatedAt),
    ownWords: record.ownWords,
    actions: record.actions.filter((a) => given(a.what) || given(a.who) || given(a.byWhen)),
    crisisChoices: framework.leastRestrictiveOptions.flatMap((option) => {
      const state = record.options[option.id];
      return state?.choice === 'preferred' ? [{ label: option.label, description: option.description, reason: state.reason }] : [];
    }),
    chosenServices: services.filter((s) => chosen.has(s.id) && !crisis(s) && s.kind !== 'advocacy'),
    crisisServices: services.filter((s) => chosen.has(s.id) && crisis(s)),
    // Everyone gets the way to an advocate: the chosen ones, or else every advocacy service listed.
    advocacyServices: pickOrAll(services.filter((s) => s.kind === 'advocacy'), chosen),
  };
}

function pickOrAll(services: Service[], chosen: ReadonlySet<string>): Service[] {
  const picked = services.filter((s) => chosen.has(s.id));
  return picked.length ? picked : services;
}
