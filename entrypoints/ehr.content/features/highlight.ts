/**
 * Outlines a field and, unless told not to, scrolls it into view; returns the undo. The page's
 * own inline outline is put back exactly as it was.
 */
export function highlightElement(element: HTMLElement, scroll = true): () => void {
  const { outline, outlineOffset } = element.style;
  element.style.outline = '4px solid #ffeb3b';
  element.style.outlineOffset = '2px';
  if (scroll) element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const timer = setTimeout(restore, 4000);
  function restore() {
    clearTimeout(timer);
    element.style.outline = outline;
    element.style.outlineOffset = outlineOffset;
  }
  return restore;
}
