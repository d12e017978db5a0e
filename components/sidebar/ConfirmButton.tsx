import type { ComponentChildren } from 'preact';
import { useReadiness } from './use-verified-visible';

interface Props {
  class: string;
  onClick: () => void;
  children: ComponentChildren;
}

/**
 * A confirmation that acts only once Coplan has been plainly in view for a second, with the wait
 * started again by any change of visibility or window focus (issue 17): a click or keystroke meant
 * for something on the page cannot confirm it.
 */
export function ConfirmButton({ class: className, onClick, children }: Props) {
  const [readiness, ref] = useReadiness(1000, true);
  return (
    <button ref={ref} type="button" class={className} disabled={readiness !== 'ready'} onClick={onClick}>
      {children}
    </button>
  );
}
