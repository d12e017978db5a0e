import { DEMO_LIST_HREF } from '../../core/training/links';

/** Said plainly when a presenter view or debrief cannot be shown, with the way back. */
export function Unavailable({ title, reason }: { title: string; reason: string }) {
  return (
    <main class="unavailable">
      <h1>{title}</h1>
      <p>{reason}</p>
      <p><a href={DEMO_LIST_HREF}>Back to the fictional people</a></p>
    </main>
  );
}
