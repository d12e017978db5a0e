import type { Scenario } from '../../core/scenarios/schema';
import type { Debrief as DebriefResult } from '../../core/training/debrief';
import { PointList } from './PointList';

interface Props {
  scenario: Scenario;
  session: { label: string; updatedAt: number; finishedAt?: number };
  debrief: DebriefResult;
  backHref: string;
  onPrint: () => void;
}

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** After a practice run: the scenario's learning points hit and missed, ready to print for the trainee. */
export function Debrief({ scenario, session, debrief, backHref, onPrint }: Props) {
  const total = debrief.hit.length + debrief.missed.length;
  return (
    <main class="debrief">
      <p class="debrief__training">Training exercise: {scenario.person.name} is a fictional person. This is not a clinical record.</p>
      <h1>Debrief: {scenario.title}</h1>
      <p class="debrief__lead">
        Practice session “{session.label}”, {session.finishedAt === undefined ? 'last changed' : 'finished'}{' '}
        {DATE.format(session.finishedAt ?? session.updatedAt)}. <strong>{debrief.hit.length} of {total} learning points hit.</strong>
      </p>
      <div class="debrief__actions">
        <button type="button" class="button" onClick={onPrint}>Print the debrief</button>
        <a href={backHref}>Back to the record</a>
      </div>
      <PointList id="hit-h" title="Learning points hit" points={debrief.hit} empty="None yet: no domain this scenario teaches was explored." />
      <PointList id="missed-h" title="Learning points missed" points={debrief.missed} empty="None: every learning point’s domain was covered." />
      {debrief.alsoExplored.length > 0 && (
        <section aria-labelledby="also-h">
          <h2 id="also-h">Also explored</h2>
          <p>Domains this scenario does not teach, explored anyway: {debrief.alsoExplored.join('; ')}.</p>
        </section>
      )}
      <section aria-labelledby="pitfalls-h">
        <h2 id="pitfalls-h">Common pitfalls to talk through</h2>
        <ul>{scenario.pitfalls.map((p) => <li key={p}>{p}</li>)}</ul>
      </section>
      <section aria-labelledby="model-h">
        <h2 id="model-h">Model summary, to compare with yours</h2>
        <p class="debrief__model">{scenario.modelSummary}</p>
      </section>
    </main>
  );
}
