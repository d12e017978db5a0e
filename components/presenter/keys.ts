/** What a key asks of the presenter view. */
export type PresenterAction = 'next' | 'previous' | 'reveal' | 'exit';

// Clickers send PageDown and PageUp; people at a keyboard use the arrows and Space (issue 8).
const KEYS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  r: 'reveal',
  R: 'reveal',
  Escape: 'exit',
};

/**
 * The action for a key press, or undefined to leave the key to the browser: shortcuts with
 * modifiers stay the browser's, and Space on a focused button or link presses that control.
 */
export function presenterAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): PresenterAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (event.key === ' ' && event.target instanceof Element && event.target.closest('button, a, input, select, textarea')) return undefined;
  return KEYS[event.key];
}
