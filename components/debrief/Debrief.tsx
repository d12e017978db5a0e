import type { Scenario } from '../../core/scenarios/schema';
import type { Debrief as DebriefResult } from '../../core/training/debrief';
import { PointList } from './PointList';

interface Props {
  scenario: Scenario;
  session: { label: string; updatedAt: number; finishedAt?: number };
  debrief: DebriefResult;
  /** The summary Coplan writes from the practice session, beside the model one. */
  traineeSummary: string;
  backHref: string;
  onPrint: () => void;
}

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** After a practice run: the scenario's learning points hit and missed, ready to print for the trainee. */
export function Debrief({ scenario, session, debrief, traineeSummary, backHref, onPrint }: Props) {
  const total = debrief.explored.length + debrief.raised.length + debrief.missed.length;
  return (
    <main class="debrief">
      <p class="debrief__training">Training exercise: {scenario.person.name} is a fictional person. This is not a clinical record.</p>
      <h1>Debrief: {scenario.title}</h1>
      <p class="debrief__lead">
        Practice session “{session.label}”, {session.finishedAt === undefined ? 'last changed' : 'finished'}{' '}
        {DATE.format(session.finishedAt ?? session.updatedAt)}.{' '}
        <strong>
          {debrief.explored.length} of {total} learning points explored
          {debrief.raised.length > 0 && `; ${debrief.raised.length} raised, and the person declined`}.
        </strong>
      </p>
      <div class="debrief__actions">
        <button type="button" class="button" onClick={onPrint}>Print the debrief</button>
        <a href={backHref}>Back to the record</a>
      </div>
      <PointList id="explored-h" tone="explored" title="Learning points explored" points={debrief.explored} empty="None yet: no domain this scenario teaches was explored." />
      {debrief.raised.length > 0 && (
        <PointList id="raised-h" tone="raised" title="Raised; the person declined" points={debrief.raised} empty="" />
      )}
      <PointList id="missed-h" tone="missed" title="Learning points missed" points={debrief.missed} empty="None: every learning point’s domain was raised." />
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
      <section aria-labelledby="summaries-h">
        <h2 id="summaries-h">Your summary beside the model</h2>
        <div class="debrief__summaries">
          <section aria-labelledby="yours-h">
            <h3 id="yours-h">Your summary</h3>
            <p class="field-note">As Coplan writes it from the practice session, leaving out anything sensitive not agreed.</p>
            <p class="debrief__summary">{traineeSummary}</p>
          </section>
          <section aria-labelledby="model-h">
            <h3 id="model-h">Model summary</h3>
            <p class="field-note">Written by the scenario’s author.</p>
            <p class="debrief__summary debrief__model">{scenario.modelSummary}</p>
          </section>
        </div>
      </section>
    </main>
  );
}
