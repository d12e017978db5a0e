import { useEffect } from 'preact/hooks';

const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;

/** `/` focuses guidance search from anywhere in the sidebar except while typing in a field. */
export function useSlashToSearch(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || TYPING.test(target.tagName) || target.isContentEditable) return;
      event.preventDefault();
      document.getElementById('guidance-query')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/**
 * Puts focus on a real control when the sidebar opens or a session starts or resumes, so keyboard
 * and screen-reader users do not land on the page's body (issue #18): the first prompt's status in a
 * session, the session label otherwise. Focus the clinician has already placed is left alone.
 */
export function useFocusOnSession(sessionId: string | undefined): void {
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active !== document.documentElement) return;
      const target = sessionId ? document.querySelector<HTMLElement>('#prompts input[type="radio"]:checked') : document.getElementById('session-label');
      target?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [sessionId]);
}

/** Returns focus to a control after a view closes, once it is shown again. */
export function focusById(id: string | undefined): void {
  if (id) requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * While a section is open, Escape goes back to where the clinician was, wherever focus is (even
 * before the section has loaded), rather than closing the sidebar: the capture phase runs before
 * the sidebar's own Escape-to-close, which leaves a handled key alone.
 */
export function useEscapeToGoBack(onBack: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onBack();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [onBack]);
}

/**
 * A jump-bar link. Domains not yet drawn are laid out by estimate (content-visibility), so the
 * browser's own jump lands hundreds of pixels off once the domains near it are drawn, a frame or
 * two later: land again each frame until the target has stayed put for three frames (a dozen at
 * most), then keyboard focus follows.
 */
export function jumpTo(event: MouseEvent): void {
  const href = (event.target as HTMLElement).closest('a')?.getAttribute('href');
  const target = href?.startsWith('#') ? document.getElementById(href.slice(1)) : null;
  if (!target) return;
  event.preventDefault();
  let frames = 0;
  let still = 0;
  let last = Number.NaN;
  const land = () => {
    target.scrollIntoView({ block: 'start' });
    const top = target.getBoundingClientRect().top;
    still = top === last ? still + 1 : 0;
    last = top;
    if (still < 3 && ++frames < 12) requestAnimationFrame(land);
  };
  land();
  target.focus({ preventScroll: true });
}
