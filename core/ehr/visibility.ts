/**
 * Whether an element on a page is really there for the clinician to see (issue 17): a hostile page
 * can make Coplan's frame or an EHR field transparent, disguise it with a filter or transform, or
 * draw something over it. Used by the content script before an insert, and for choosing fields.
 */

/** Why an element is not plainly visible; undefined when it is. */
export type Concealment = 'transparent' | 'covered' | 'tiny' | 'moved';

/**
 * Whether the page's styles fade or hide the element: its opacity multiplied through its ancestors
 * (across shadow roots), or a hidden one. Transforms, filters and clips are not counted: Coplan's
 * panel sits in the top layer, which those on the page's root do not reach (checked in Chromium),
 * and EHR dialogs are often centred with a transform. One getComputedStyle per ancestor. With
 * `upTo`, the walk stops at that ancestor: an element in the top layer is drawn apart from its
 * ancestors, so their opacity does not reach it (checked in Chromium: `html { opacity: 0.05 }`
 * leaves Coplan's panel whole).
 */
export function styleConcealment(el: Element, upTo?: Element): Concealment | undefined {
  const view = el.ownerDocument.defaultView;
  let opacity = 1;
  for (let node: Element | null = el; node && view; node = node === upTo ? null : (node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null))) {
    const style = view.getComputedStyle(node);
    opacity *= Number(style.opacity || 1);
    if (style.visibility === 'hidden' || style.display === 'none') return 'transparent';
  }
  return opacity < 0.99 ? 'transparent' : undefined;
}

/**
 * Whether something else is drawn over the element: at nine points across its box, the topmost
 * element hit-tested must be the element itself or inside it. `top` is the topmost element at a
 * point as its own tree sees it (Coplan passes its closed root's elementFromPoint).
 */
export function coveredAt(el: Element, rect: DOMRectReadOnly, top: (x: number, y: number) => Element | null): boolean {
  for (const fx of [0, 0.5, 1]) {
    for (const fy of [0, 0.5, 1]) {
      const hit = top(rect.left + 2 + fx * Math.max(0, rect.width - 4), rect.top + 2 + fy * Math.max(0, rect.height - 4));
      if (!hit || !el.contains(hit)) return true;
    }
  }
  return false;
}

/** Whether two boxes differ by more than a pixel: the page moved or resized something. */
export function moved(a: DOMRectReadOnly, b: DOMRectReadOnly): boolean {
  return [a.left - b.left, a.top - b.top, a.width - b.width, a.height - b.height].some((d) => Math.abs(d) > 1);
}

/**
 * Why a page field is not plainly visible: too small to read (a 1×1 decoy), faded, or, when on
 * screen, covered at the middle of its visible part. In a shadow root, that root hit-tests: the
 * document would only see its host. With `onScreenOnly` (listing every field of a page), a field
 * out of view is only checked for size: fading takes a style read per ancestor and a hit-test
 * walks the whole page, too slow for thousands of fields; the insert checks its target in full.
 */
export function fieldConcealment(el: HTMLElement, onScreenOnly = false): Concealment | undefined {
  const rect = el.getBoundingClientRect();
  if (rect.width < 8 || rect.height < 8) return 'tiny';
  const view = el.ownerDocument.defaultView!;
  const left = Math.max(rect.left, 0);
  const top = Math.max(rect.top, 0);
  const right = Math.min(rect.right, view.innerWidth);
  const bottom = Math.min(rect.bottom, view.innerHeight);
  if (right - left < 1 || bottom - top < 1) return onScreenOnly ? undefined : styleConcealment(el);
  const hit = (el.getRootNode() as Document | ShadowRoot).elementFromPoint((left + right) / 2, (top + bottom) / 2);
  return styleConcealment(el) ?? (hit && el.contains(hit) ? undefined : 'covered');
}
