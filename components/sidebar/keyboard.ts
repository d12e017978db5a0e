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
