const LIMIT = 10;
const WINDOW_MS = 60_000;

/**
 * Puts Coplan back when a page removes it (single-page EHRs often rebuild the document). A page
 * that keeps removing it gets at most ten re-mounts a minute, so the two never fight in a loop.
 */
export function keepMounted(doc: Document, host: Element, signal: AbortSignal, remounted: () => void): void {
  const remounts: number[] = [];
  const observer = new MutationObserver(() => {
    if (host.isConnected) return;
    const now = Date.now();
    while (remounts.length && now - remounts[0]! > WINDOW_MS) remounts.shift();
    if (remounts.length >= LIMIT) return;
    remounts.push(now);
    doc.documentElement.append(host);
    remounted();
  });
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
