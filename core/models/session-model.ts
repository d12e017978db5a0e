import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Framework } from '../framework/schema';
import { SessionSchema, type Session } from '../session/schema';
import { newSession, withNote, withStatus } from '../session/session';
import type { Status } from '../session/statuses';
import type { SessionStore } from '../session/store';

export interface SessionModelOptions {
  store: SessionStore;
  framework: Framework;
  now?: () => number;
  newId?: () => string;
}

/** The clinician's session as signals and actions; views read the signals and call the actions. */
export interface SessionModel {
  session: ReadonlySignal<Session | undefined>;
  ready: ReadonlySignal<boolean>;
  resumeOrStart(label: string): Promise<void>;
  setStatus(promptId: string, status: Status): Promise<void>;
  setNote(promptId: string, note: string): Promise<void>;
}

function startOfDay(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

export function createSessionModel({ store, framework, now = Date.now, newId = () => crypto.randomUUID() }: SessionModelOptions): SessionModel {
  const session = signal<Session | undefined>(undefined);
  let writes = Promise.resolve();

  const persist = (next: Session) => {
    session.value = next;
    // Writes go one after another so an older state never lands after a newer one.
    writes = writes.then(() => store.put(next));
    return writes;
  };

  return {
    session,
    ready: computed(() => session.value !== undefined),
    async resumeOrStart(label) {
      const rows = await store.updatedSince(startOfDay(now()));
      const today = rows.map((r) => SessionSchema.safeParse(r)).find((r) => r.success && !r.data.training);
      if (today?.success) session.value = today.data;
      else await persist(newSession(framework, label, newId(), now()));
    },
    setStatus(promptId, status) {
      const current = session.value;
      if (!current) return Promise.resolve();
      return persist(withStatus(current, promptId, status, now()));
    },
    setNote(promptId, note) {
      const current = session.value;
      if (!current) return Promise.resolve();
      return persist(withNote(current, promptId, note, now()));
    },
  };
}
