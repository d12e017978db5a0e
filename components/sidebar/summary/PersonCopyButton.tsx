/**
 * Opens "My plan", the person's printable copy of this session, in a new tab. The sidebar page is
 * on the extension's origin, so the address resolves to the extension's own my-plan page.
 */
export function PersonCopyButton({ sessionId }: { sessionId: string }) {
  const open = () => window.open(new URL(`/my-plan.html?session=${encodeURIComponent(sessionId)}`, location.href).href, '_blank', 'noopener');
  return (
    <div class="person-copy">
      <button type="button" class="button button--secondary" aria-describedby="person-copy-hint" onClick={open}>Person's copy</button>
      <p class="field__hint" id="person-copy-hint">A plain-language copy for the person to keep: their words, the agreed actions, their crisis plan, services and rights. Nothing else from the session is on it.</p>
    </div>
  );
}
