/**
 * What the side panel shows between a change of tab and the new tab's answer (issue 13): nothing of
 * any session. Small on purpose, so swapping the session out for it fits in one frame.
 */
export function CheckingRecord() {
  // When rendering begins, for the bench: the time from the tab event to here is waiting for the
  // panel's main thread; from here to the words leaving the DOM is the render itself (tests/bench/panel-follow.ts).
  performance.mark('coplan:checking-render');
  return (
    <div class="app">
      <header class="app__header">
        <h1>Coplan</h1>
      </header>
      <main>
        <p role="status">Checking whose record this tab shows…</p>
      </main>
    </div>
  );
}
