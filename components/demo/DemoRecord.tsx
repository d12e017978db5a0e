import { useEffect, useState } from 'preact/hooks';
import type { DemoPerson } from '../../core/demo/people';
import { DEMO_LIST_HREF, type Practice } from '../../core/training/links';
import type { PracticeSession } from '../../core/training/practice-sessions';
import { CarePlanForm } from './CarePlanForm';
import { PracticePanel } from './PracticePanel';

interface Props {
  person: DemoPerson;
  onPractice: (practice: Practice) => void;
  watchPractice: (since: number, onChange: (latest: PracticeSession | undefined) => void) => () => void;
}

/** A plain web-EHR record page, built to look like the systems Coplan sits over. */
export function DemoRecord({ person: { person, recordNumber, scenarios }, onPractice, watchPractice }: Props) {
  const [practice, setPractice] = useState<Practice>({ scenarioId: scenarios[0]?.id, hints: false });
  const [latest, setLatest] = useState<PracticeSession>();
  // Only sessions touched while this record is open count as its practice run.
  const [openedAt] = useState(Date.now);
  useEffect(() => watchPractice(openedAt, setLatest), []);
  useEffect(() => onPractice(practice), [practice.scenarioId, practice.hints]);

  return (
    <main class="ehr__page ehr__record">
      <nav aria-label="Breadcrumb" class="ehr__crumbs">
        <a href={DEMO_LIST_HREF}>All fictional people</a>
      </nav>
      <h1 tabIndex={-1}>
        {person.name} <span class="tag">Fictional</span>
      </h1>
      <dl class="ehr__demographics">
        <dt>Record number</dt><dd>{recordNumber} (demo)</dd>
        <dt>Age</dt><dd>{person.age}</dd>
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
      <PracticePanel scenarios={scenarios} practice={practice} onChange={setPractice} latest={latest} />
      <CarePlanForm />
    </main>
  );
}
