import type { DemoPerson } from '../../core/demo/people';

/** A plain web-EHR record page, built to look like the systems Coplan sits over. */
export function DemoRecord({ person }: { person: DemoPerson }) {
  return (
    <div class="ehr">
      <header class="ehr__banner">
        <span class="ehr__system">Demo EHR</span>
        <strong class="ehr__fictional">Training system: every person here is fictional</strong>
      </header>
      <main class="ehr__record">
        <h1>{person.name}</h1>
        <dl class="ehr__demographics">
          <dt>Born</dt><dd>{person.born}</dd>
          <dt>NHS number</dt><dd>{person.nhsNumber}</dd>
          <dt>Pronouns</dt><dd>{person.pronouns}</dd>
          <dt>Preferred language</dt><dd>{person.language}</dd>
        </dl>
        <section aria-labelledby="summary-h">
          <h2 id="summary-h">Summary</h2>
          <p>{person.summary}</p>
        </section>
        <section aria-labelledby="history-h">
          <h2 id="history-h">History</h2>
          <ul>{person.history.map((h) => <li key={h}>{h}</li>)}</ul>
        </section>
        <section aria-labelledby="plan-h">
          <h2 id="plan-h">Care plan</h2>
          <label for="care-plan">Care plan (free text)</label>
          <textarea id="care-plan" rows={10} />
        </section>
      </main>
    </div>
  );
}
