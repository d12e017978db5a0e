/** Shown instead of the sidebar when a page Coplan does not run on has framed it. */
export function NotHere() {
  return (
    <main class="not-here">
      <h1>Coplan is not available here</h1>
      <p>Coplan only opens beside the health record sites your organisation has set up. Nothing from your sessions is shown on this page.</p>
    </main>
  );
}
