import { useEffect, useRef } from 'preact/hooks';

/** What the sidebar shows while hidden: no clinical text at all, only the way back. */
export function HiddenScreen({ onShow }: { onShow: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the way back.
  useEffect(() => button.current?.focus(), []);
  return (
    <div class="app">
      <header class="app__header">
        <h1>Coplan</h1>
      </header>
      <main class="hidden-screen">
        <p>Coplan is hidden: nothing of the session is on screen.</p>
        <button ref={button} type="button" class="button" aria-keyshortcuts="Alt+Shift+H" onClick={onShow}>Show</button>
      </main>
    </div>
  );
}
