import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

/** Whether Chromium's IntersectionObserver v2 can tell if an element is really seen: not covered, not made transparent. */
const tracksVisibility = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

/** How long a control may wait before the sidebar says why it is not available. */
const EXPLAIN_AFTER_MS = 1500;

export type Readiness = 'ready' | 'waiting' | 'blocked';

/**
 * Whether an action that writes or decides may be taken now (issue 17): 'ready' once the sidebar
 * has been verifiably visible for `settleMs` without a break since the control given to the
 * returned ref appeared, 'blocked' when it has not been for a while. The whole sidebar document is
 * watched, not the control: the page can only cover or fade the frame, and a control scrolled
 * into view (a keyboard user tabbing to it) must not start a new wait. In Chromium, IntersectionObserver v2 reports anything the page draws over Coplan's frame
 * or any transparency, filter or transform it applies; where that is missing (Firefox), only the
 * document's own visibility is known, and the content script's check at the moment of the action
 * does the rest. With `resetOnFocus`, losing or regaining window focus starts the wait again, so a
 * page that steals focus cannot turn a keystroke into a confirmation.
 */
export function useVerifiedVisible(settleMs: number, resetOnFocus = false): [Readiness, (el: Element | null) => void] {
  const [readiness, setReadiness] = useState<Readiness>('waiting');
  // A callback ref, so a control that appears later (Undo) is watched from when it appears.
  const [el, attach] = useState<Element | null>(null);
  useEffect(() => {
    if (!el) return;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let explain: ReturnType<typeof setTimeout> | undefined;
    let seen = !tracksVisibility;
    // The window had focus when the control appeared (the clinician just clicked in it); a page
    // that takes focus away holds the control until focus comes back and the wait is over again.
    let focused = true;
    const restart = () => {
      clearTimeout(settle);
      clearTimeout(explain);
      setReadiness('waiting');
      explain = setTimeout(() => setReadiness('blocked'), EXPLAIN_AFTER_MS);
      if (seen && focused && document.visibilityState === 'visible') {
        settle = setTimeout(() => {
          clearTimeout(explain);
          setReadiness('ready');
        }, settleMs);
      }
    };
    const stop = new AbortController();
    document.addEventListener('visibilitychange', restart, { signal: stop.signal });
    if (resetOnFocus) {
      const track = (now: boolean) => () => {
        focused = now;
        restart();
      };
      window.addEventListener('blur', track(false), { signal: stop.signal });
      window.addEventListener('focus', track(true), { signal: stop.signal });
    }
    let observer: IntersectionObserver | undefined;
    if (tracksVisibility) {
      observer = new IntersectionObserver(
        (entries) => {
          const entry = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible: boolean };
          const now = entry.isIntersecting && entry.isVisible;
          if (now === seen) return;
          seen = now;
          restart();
        },
        // delay is the least Chromium allows with trackVisibility.
        { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      );
      observer.observe(document.documentElement);
    }
    restart();
    return () => {
      clearTimeout(settle);
      clearTimeout(explain);
      stop.abort();
      observer?.disconnect();
    };
  }, [el, settleMs, resetOnFocus]);
  return [readiness, attach];
}

export type ReadinessHook = (settleMs: number, resetOnFocus?: boolean) => [Readiness, (el: Element | null) => void];

/**
 * Which readiness check the controls use. The real one needs layout and a compositor (Chromium's
 * visibility tracking), which component tests under happy-dom do not have: they give a stand-in,
 * and the e2e tests prove the real one in Chromium.
 */
export const ReadinessContext = createContext<ReadinessHook>(useVerifiedVisible);

/** `useVerifiedVisible`, or the stand-in a test provides. */
export function useReadiness(settleMs: number, resetOnFocus = false): [Readiness, (el: Element | null) => void] {
  return useContext(ReadinessContext)(settleMs, resetOnFocus);
}
