import { readRawContext, sameRawContext, type PersonContextRule } from '../../../core/ehr/page-context';

/**
 * Notices the page showing another record without loading a new page (issue 13): a single-page
 * EHR swapping the person in place, or a script changing the address. The sidebar is told at once,
 * so it takes the session's text away then, not only at the next insert.
 */
export function watchRecord(doc: Document, signal: AbortSignal, rule: PersonContextRule | undefined, onChange: () => void): void {
  let shown = readRawContext(doc, rule);
  const check = () => {
    const now = readRawContext(doc, rule);
    if (sameRawContext(now, shown)) return;
    shown = now;
    onChange();
  };
  const view = doc.defaultView!;
  // The person's element can be replaced with the whole record, so the document is watched; the
  // browser batches mutations, and each batch costs one selector lookup.
  if (rule?.selector) {
    const observer = new MutationObserver(check);
    observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect());
  }
  // history.pushState fires no event of its own; the Navigation API's does, where there is one.
  const navigation = (view as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal });
  view.addEventListener('popstate', check, { signal });
}
