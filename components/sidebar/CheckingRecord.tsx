/**
 * What the side panel shows between a change of tab and the new tab's answer (issue 13): nothing of
 * any session. Small on purpose, so swapping the session out for it fits in one frame.
 */
export function CheckingRecord() {
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
