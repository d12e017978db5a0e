import { signal, type ReadonlySignal } from '@preact/signals';
import { seenIntrosItem } from '../../../core/storage/seen-intros-item';

// What was seen before this sidebar opened: an introduction seen now stays open until next time,
// so nothing folds away under the clinician's eyes.
const seenBefore = signal<ReadonlySet<string>>(new Set());
let loaded: Promise<void> | undefined;
let writing: Promise<void> = Promise.resolve();
const seenNow = new Set<string>();

/** The domains whose introductions were seen in an earlier sidebar; loaded once per page. */
export function introsSeenBefore(): ReadonlySignal<ReadonlySet<string>> {
  loaded ??= seenIntrosItem.getValue().then(
    (ids) => {
      const seen = new Set(Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : []);
      // The read answers after the first paint: with nothing seen yet (a new install) there is
      // nothing to fold, and a new empty set would only draw every introduction again before the
      // sidebar is interactive (issue 20 item 1).
      if (seen.size) seenBefore.value = seen;
    },
    () => undefined,
  );
  return seenBefore;
}

/** Remembers that a domain's introduction came into view; one write at a time, so none is lost. */
export function markIntroSeen(domainId: string): void {
  if (seenNow.has(domainId)) return;
  seenNow.add(domainId);
  writing = writing
    .then(async () => {
      const stored = await seenIntrosItem.getValue();
      const ids = new Set(Array.isArray(stored) ? stored : []);
      if (!ids.has(domainId)) await seenIntrosItem.setValue([...ids, domainId]);
    })
    .catch(() => undefined);
}
