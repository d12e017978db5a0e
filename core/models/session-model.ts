import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { Framework } from '../framework/schema';
import { clockTime } from '../session/finished';
import { restoreSession, type Restored } from '../session/restore';
import { todaySince } from '../session/today';
import type { Agenda } from '../session/agenda';
import type { Binding, Coproduction, OptionState, PromptState, ReviewState, Session } from '../session/schema';
import { newSession, withPrompt, withRecord } from '../session/session';
import type { SessionStore } from '../session/store';
import { matchesBinding } from '../session/wrong-patient';
import type { UsageEvent } from './usage';

export interface SessionModelOptions {
  store: SessionStore;
  framework: Framework;
  now?: () => number;
  newId?: () => string;
  /** Told after each write lands; the bench times status change → persisted with it. */
  onSaved?: () => void;
  /** Trainer mode: sessions are flagged training and only training sessions are listed. */
  training?: boolean;
  /** Told what happened (ids, statuses, times; never text), for the team lead's audit. */
  onUsage?: (event: UsageEvent, session: Session) => void;
}

/** A session in today's list, with nothing clinical but the clinician's own label. */
export interface SessionListItem {
  id: string;
  label: string;
  updatedAt: number;
  finished: boolean;
  /** Where it began, as hashes: continuing it elsewhere asks first. */
  binding?: Binding;
}

/** A stored draft that could not be read back, offered as raw text so nothing is lost. */
export interface Unrestorable {
  id: string;
  raw: string;
  reason: string;
}

/** The clinician's session as signals and actions; views read the signals and call the actions. */
export interface SessionModel {
  session: ReadonlySignal<Session | undefined>;
  today: ReadonlySignal<SessionListItem[]>;
  unrestorable: ReadonlySignal<Unrestorable[]>;
  /** The record the sidebar sits beside now, as hashes; undefined when no page answers. */
  here: ReadonlySignal<Binding | undefined>;
  /** Between a change of tab and the new tab's answer: nothing of any session may show (issue 13). */
  moving: ReadonlySignal<boolean>;
  /** The label of the session a change of page took away (it is not this record), until another opens: the list says why. */
  putAway: ReadonlySignal<string | undefined>;
  /**
   * Loads today's list and, for real work, resumes the latest unfinished session that began on
   * the record `here` shows (issue 13): any other stays in the list, its text unshown.
   */
  load(here: Binding | undefined): Promise<void>;
  /** Starts a session; an empty label becomes the time it started. */
  start(label: string): Promise<void>;
  /** Opens a session; with `rebindTo`, the clinician has confirmed it continues on that record, and it belongs there now. */
  resume(id: string, rebindTo?: Binding): Promise<void>;
  /**
   * The page beside the sidebar is changing (the side panel's tab, issue 13): the open session's
   * text goes at once, before `where` is known; then the session set aside comes back if `where`
   * is its record, or else, as at load, one that began there. A later call overrides an earlier one.
   */
  follow(where: Promise<Binding | undefined>): Promise<void>;
  /** Back to the list; the session stays saved. */
  leave(): Promise<void>;
  /** Changes start a session when none is open, so nothing the clinician does is lost. */
  updatePrompt(promptId: string, change: Partial<PromptState>): Promise<void>;
  updateRecord(change: Partial<Coproduction>): Promise<void>;
  /** The person's agenda for today; the usage record keeps the path and the area ids, nothing else. */
  setAgenda(agenda: Agenda): Promise<void>;
  /** What the person agreed at the review step, kept with the session. */
  updateReview(review: ReviewState): Promise<void>;
  /** Finishing locks the session: the edits above change nothing until it is reopened (issue 18). */
  finish(): Promise<void>;
  /** Unlocks a finished session for changes; recorded as a usage event (ids only). */
  reopen(): Promise<void>;
  /** Which EHR fields the summary went into (their labels), or none after an undo; allowed while locked. */
  noteInserted(labels: string[]): Promise<void>;
  remove(): Promise<void>;
  /** Resolves once every change made so far is stored (or its write has failed). */
  saved(): Promise<void>;
}

/** One option-set event per least-restrictive option whose choice changed. */
function reportOptions(before: Record<string, OptionState>, after: Record<string, OptionState>, report: (event: UsageEvent) => void): void {
  for (const optionId of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const outcome = after[optionId]?.choice ?? 'not-discussed';
    if (outcome !== (before[optionId]?.choice ?? 'not-discussed')) report({ type: 'option-set', optionId, outcome });
  }
}

/** What the equality view counts from the record: answers as codes, and who took part (issue 16). */
function reportEquality(before: Coproduction, update: Partial<Coproduction>, report: (event: UsageEvent) => void): void {
  if (update.equality && JSON.stringify(update.equality) !== JSON.stringify(before.equality ?? {})) report({ type: 'equality-recorded', answers: update.equality });
  const [was, now] = [before.participants, update.participants];
  if (now && (now.interpreter !== was.interpreter || now.advocate !== was.advocate)) report({ type: 'participants-set', interpreter: now.interpreter, advocate: now.advocate });
}

function defaultLabel(at: number): string {
  return `Session at ${clockTime(at)}`;
}


export function createSessionModel({ store, framework, now = Date.now, newId = () => crypto.randomUUID(), onSaved, training = false, onUsage }: SessionModelOptions): SessionModel {
  const domainOf = new Map(framework.domains.flatMap((d) => d.prompts.map((p) => [p.id, d.id] as const)));
  const session = signal<Session | undefined>(undefined);
  const today = signal<SessionListItem[]>([]);
  const unrestorable = signal<Unrestorable[]>([]);
  const here = signal<Binding | undefined>(undefined);
  const moving = signal(false);
  const putAway = signal<string | undefined>(undefined);
  // A session belongs to the record it began on (issue 13): bound as it is made, never later elsewhere.
  const created = (label: string, at: number): Session => {
    const made = newSession(framework, label, newId(), at, training);
    return here.value ? { ...made, binding: here.value } : made;
  };
  let unwatch = () => {};
  // Each `follow` counts up: an answer about a page the sidebar has already left opens nothing.
  let moves = 0;
  let setAside: string | undefined;
  let pending: Session | undefined;
  let writing: Promise<void> = Promise.resolve();

  // What the model holds now. The views' `session` signal shows it once it is stored (see persist),
  // and at once when another session opens or the current one is cleared.
  let latest: Session | undefined;
  const show = (next: Session | undefined) => {
    latest = next;
    session.value = next;
  };

  // Keystrokes arrive faster than writes: keep one write in flight and the newest state queued.
  // With `drawWhenStored`, the views are drawn again only once the write is stored: Chromium holds
  // an IndexedDB reply back until a pending frame is drawn when the main thread has just been busy,
  // so drawing a status change first made every save wait for the next frame (bench
  // status-change-persisted). Only for changes the model merges itself (a prompt's status or note):
  // the control used already shows the change, and the newest state is what is drawn. A view that
  // builds a change from what it drew (the record's lists) needs it drawn at once, or a second
  // edit before the write lands would be built on the first one's old state.
  const persist = (next: Session, drawWhenStored = false): Promise<void> => {
    latest = next;
    if (!drawWhenStored) session.value = next;
    if (pending) {
      pending = next;
      return writing;
    }
    pending = next;
    const drawn = () => {
      if (latest && latest.id === session.value?.id && latest !== session.value) session.value = latest;
    };
    // Nothing in flight (pending is only cleared once a write is done), so the write starts now.
    writing = (async () => {
      try {
        while (pending) {
          const row: Session = pending;
          await store.put(row);
          if (pending === row) pending = undefined;
          onSaved?.();
          drawn();
        }
      } catch (error) {
        // A failed write must not stop later ones: the next change writes the newest state again.
        pending = undefined;
        drawn();
        throw error;
      }
    })();
    return writing;
  };

  const open = (opened: Session | undefined) => {
    unwatch();
    show(opened);
    if (!opened) return;
    putAway.value = undefined;
    // Another sidebar on the same session (frame and side panel) may change it: follow newer rows.
    unwatch = store.watch(opened.id, (raw) => {
      const current = latest;
      if (current?.id !== opened.id || pending) return;
      if (raw === undefined) {
        show(undefined);
        return;
      }
      const restored = restoreSession(raw);
      if (restored.ok && restored.session.updatedAt > current.updatedAt) show(restored.session);
    });
  };

  const readToday = async () => (await store.updatedSince(todaySince(now()))).map(restoreSession);
  const refreshToday = async (read = readToday()) => {
    const rows = await read;
    batch(() => {
      today.value = rows.flatMap((r) =>
        r.ok && r.session.training === training
          ? [{ id: r.session.id, label: r.session.label, updatedAt: r.session.updatedAt, finished: r.session.finishedAt !== undefined, binding: r.session.binding }]
          : [],
      );
      unrestorable.value = rows.flatMap((r) => (r.ok ? [] : [{ id: r.id, raw: r.raw, reason: r.reason }]));
    });
    return rows;
  };

  // Work starts the moment the clinician marks or types something; the label can come later.
  // A finished session is locked: its content stays as it was finished, whatever a view sends.
  const change = (update: (current: Session, at: number) => Session, evenLocked = false, drawWhenStored = false) => {
    if (!evenLocked && latest?.finishedAt !== undefined) return Promise.resolve();
    const at = now();
    const current = latest ?? created(defaultLabel(at), at);
    if (!latest) {
      open(current);
      onUsage?.({ type: 'session-started' }, current);
    }
    return persist(update(current, at), drawWhenStored);
  };

  // Each practice scenario starts afresh; real work picks up where it was left, on its own record only.
  const latestHere = (where: Binding | undefined) => (training ? undefined : today.value.find((s) => !s.finished && matchesBinding(s.binding, where)));

  const restore = async (id: string, stillWanted = () => true, read?: Restored): Promise<Session | undefined> => {
    const restored = read ?? restoreSession(await store.get(id));
    if (!restored.ok || restored.session.training !== training || !stillWanted()) return undefined;
    open(restored.session);
    return restored.session;
  };

  async function follow(where: Promise<Binding | undefined>): Promise<void> {
    const move = ++moves;
    // Synchronously, so the next frame draws no clinical text; continuing meanwhile asks first.
    batch(() => {
      moving.value = true;
      here.value = undefined;
      if (latest) setAside = latest.id;
      open(undefined);
    });
    // Today's sessions are read while the page is asked, not after its answer: the read does not
    // depend on it, and waiting made the two round trips one after the other on every open.
    const read = readToday();
    read.catch(() => undefined);
    // A page that cannot answer is no record: the list, never the session set aside.
    const now = await where.catch(() => undefined);
    if (move !== moves) return;
    here.value = now;
    const rows = await refreshToday(read);
    if (move !== moves) return;
    const aside = today.value.find((s) => s.id === setAside);
    const next = aside && matchesBinding(aside.binding, now) ? aside : latestHere(now);
    // One the clinician opened meanwhile (they were asked first, as `here` was unknown) stays open.
    // The row is the one just read for the list: reading it again was one more round trip per open.
    if (next) await restore(next.id, () => move === moves && !latest, rows.find((r) => r.ok && r.session.id === next.id));
    if (move !== moves) return;
    batch(() => {
      if (aside && !latest) putAway.value = aside.label;
      moving.value = false;
    });
  }

  return {
    session,
    today,
    unrestorable,
    here,
    moving,
    putAway,
    // The first look at the page is a move like any other, so a tab change during it wins.
    load: (where) => follow(Promise.resolve(where)),
    follow,
    async start(label) {
      const at = now();
      const fresh = created(label.trim() || defaultLabel(at), at);
      open(fresh);
      onUsage?.({ type: 'session-started' }, fresh);
      await persist(fresh);
      await refreshToday();
    },
    async resume(id, rebindTo) {
      const opened = await restore(id);
      if (opened && rebindTo && !matchesBinding(opened.binding, rebindTo)) await persist({ ...opened, binding: rebindTo, updatedAt: now() });
    },
    async leave() {
      await writing;
      open(undefined);
      await refreshToday();
    },
    updatePrompt: (promptId, update) =>
      change((s, at) => {
        const domainId = domainOf.get(promptId);
        if (update.status && domainId && update.status !== s.prompts[promptId]?.status) {
          onUsage?.({ type: 'prompt-status-set', domainId, promptId, status: update.status }, s);
        }
        return withPrompt(s, promptId, update, at);
      }, false, true),
    updateRecord: (update) =>
      change((s, at) => {
        if (update.options) reportOptions(s.record.options, update.options, (event) => onUsage?.(event, s));
        reportEquality(s.record, update, (event) => onUsage?.(event, s));
        return withRecord(s, update, at);
      }),
    setAgenda: (agenda) =>
      change((s, at) => {
        onUsage?.({ type: 'agenda-set', path: agenda.path, domainIds: agenda.domains }, s);
        return { ...s, agenda, updatedAt: at };
      }),
    updateReview: (review) => change((s, at) => ({ ...s, review, updatedAt: at })),
    finish: () =>
      change((s, at) => {
        onUsage?.({ type: 'session-finished' }, s);
        return { ...s, finishedAt: at, updatedAt: at };
      }),
    async reopen() {
      const current = latest;
      if (current?.finishedAt === undefined) return;
      onUsage?.({ type: 'session-reopened' }, current);
      const { finishedAt: _finishedAt, ...open } = current;
      await persist({ ...open, updatedAt: now() });
    },
    noteInserted: (labels) =>
      change((s, at) => {
        const { insertedInto: _was, ...rest } = s;
        return labels.length ? { ...rest, insertedInto: labels, updatedAt: at } : { ...rest, updatedAt: at };
      }, true),
    async remove() {
      const current = latest;
      if (!current) return;
      await writing;
      open(undefined);
      await store.delete(current.id);
      await refreshToday();
    },
    saved: () => writing.catch(() => undefined),
  };
}
