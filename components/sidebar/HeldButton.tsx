import type { ComponentChildren } from 'preact';
import { useReadiness } from './use-verified-visible';

interface HeldProps {
  class: string;
  /** While held, a click or Enter does nothing. */
  held: boolean;
  attach?: (el: Element | null) => void;
  onClick: () => void;
  children: ComponentChildren;
}

/**
 * A button that does nothing while held (issue 17). It is marked aria-disabled rather than
 * disabled, so it stays in the keyboard order: a keyboard user reaches it, hears that it is
 * unavailable, and can press it once it is released without searching for it again.
 */
export function HeldButton({ class: className, held, attach, onClick, children }: HeldProps) {
  return (
    <button ref={attach} type="button" class={className} aria-disabled={held ? 'true' : undefined} onClick={() => held || onClick()}>
      {children}
    </button>
  );
}

/**
 * A confirmation that acts only once Coplan has been plainly in view for a second, with the wait
 * started again by any change of visibility or window focus (issue 17): a click or keystroke meant
 * for something on the page cannot confirm it.
 */
export function ConfirmButton(props: Omit<HeldProps, 'held' | 'attach'>) {
  const [readiness, attach] = useReadiness(1000, true);
  return <HeldButton {...props} held={readiness !== 'ready'} attach={attach} />;
}
