import { signal, type ReadonlySignal } from '@preact/signals';

/** Minutes without input before the sidebar hides itself, unless policy says otherwise (`lockAfterMinutes`). */
export const DEFAULT_LOCK_MINUTES = 10;

/**
 * "Hide" for when someone else comes near the screen (issue 13): while hidden, the sidebar renders
 * no clinical text at all, and it hides itself after a while without input.
 */
export interface HideModel {
  hidden: ReadonlySignal<boolean>;
  hide(): void;
  show(): void;
  /** The clinician did something: the idle clock starts again. */
  activity(): void;
  setLockAfter(minutes: number): void;
  stop(): void;
}

export function createHideModel(lockAfterMinutes = DEFAULT_LOCK_MINUTES): HideModel {
  const hidden = signal(false);
  let wait = lockAfterMinutes * 60_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => (hidden.value = true), wait);
  };
  restart();
  return {
    hidden,
    hide: () => void (hidden.value = true),
    show: () => {
      hidden.value = false;
      restart();
    },
    activity: () => void (hidden.value || restart()),
    setLockAfter(minutes) {
      wait = minutes * 60_000;
      restart();
    },
    stop: () => clearTimeout(timer),
  };
}
