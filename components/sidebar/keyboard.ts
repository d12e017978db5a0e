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
