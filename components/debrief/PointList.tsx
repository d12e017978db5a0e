import { STATE_WORDS, type PointResult } from '../../core/training/debrief';

interface Props {
  id: string;
  title: string;
  points: PointResult[];
  empty: string;
  /** The colour of the rule beside each point: explored, raised or missed. */
  tone: 'explored' | 'raised' | 'missed';
}

/** A list of learning points with what the trainee did in each point's domain, and how much of it. */
export function PointList({ id, title, points, empty, tone }: Props) {
  return (
    <section aria-labelledby={id} class={`debrief__points debrief__points--${tone}`}>
      <h2 id={id}>{title} ({points.length})</h2>
      {points.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {points.map((p) => (
            <li key={p.point}>
              <p class="debrief__domain">
                <strong>{p.domainTitle}</strong> <span class={`state state--${p.status}`}>{STATE_WORDS[p.status]}</span>{' '}
                <span class="debrief__progress">{p.explored} of {p.total} explored</span>
              </p>
              <p>{p.point}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
