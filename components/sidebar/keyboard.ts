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
