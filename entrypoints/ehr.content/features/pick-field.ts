import { highlightElement } from './highlight';

/**
 * Lets the clinician click the field to use. Clicks on fields are caught before the page sees
 * them; Escape cancels. Resolves with the chosen element, or undefined.
 */
export function pickField(elements: HTMLElement[], signal: AbortSignal): Promise<HTMLElement | undefined> {
  const candidates = new Set(elements);
  const docs = new Set(elements.map((el) => el.ownerDocument));
  return new Promise((done) => {
    const stop = new AbortController();
    let clear = () => {};
    const finish = (chosen: HTMLElement | undefined) => {
      clear();
      stop.abort();
      done(chosen);
    };
    const fieldOf = (event: Event) => event.composedPath().find((node): node is HTMLElement => candidates.has(node as HTMLElement));
    for (const doc of docs) {
      doc.addEventListener('pointerover', (event) => {
        const field = fieldOf(event);
        if (!field) return;
        clear();
        clear = highlightElement(field, false);
      }, { capture: true, signal: stop.signal });
      doc.addEventListener('click', (event) => {
        const field = fieldOf(event);
        if (!field) return;
        event.preventDefault();
        event.stopPropagation();
        finish(field);
      }, { capture: true, signal: stop.signal });
      doc.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') finish(undefined);
      }, { capture: true, signal: stop.signal });
    }
    signal.addEventListener('abort', () => finish(undefined), { signal: stop.signal });
  });
}
