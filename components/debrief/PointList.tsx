import { STATE_WORDS, type PointResult } from '../../core/training/debrief';

/** A list of learning points with what the trainee did in each point's domain. */
export function PointList({ id, title, points, empty }: { id: string; title: string; points: PointResult[]; empty: string }) {
  return (
    <section aria-labelledby={id} class="debrief__points">
      <h2 id={id}>{title} ({points.length})</h2>
      {points.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {points.map((p) => (
            <li key={p.point}>
              <p class="debrief__domain">
                <strong>{p.domainTitle}</strong> <span class={`state state--${p.status}`}>{STATE_WORDS[p.status]}</span>
              </p>
              <p>{p.point}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
