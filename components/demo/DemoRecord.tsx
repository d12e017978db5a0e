import { useEffect, useRef, useState } from 'preact/hooks';
import type { DemoPerson } from '../../core/demo/people';
import { DEMO_LIST_HREF, recordHref, type Practice } from '../../core/training/links';
import type { LastPractice } from '../../core/training/last-practice-item';
import type { PracticeSession } from '../../core/training/practice-sessions';
import { CarePlanForm } from './CarePlanForm';
import { PracticePanel } from './PracticePanel';

/** The practice run last debriefed, kept across reloads; the demo page passes storage, tests a fake. */
export interface LastPracticeStore {
  load(): Promise<LastPractice | undefined>;
  save(last: LastPractice): Promise<void>;
}

interface Props {
  person: DemoPerson;
  /** The trainer's choices from the address, when returning from the presenter or the debrief. */
  chosen?: Practice;
  onPractice: (practice: Practice) => void;
  watchPractice: (since: number, onChange: (latest: PracticeSession | undefined) => void) => () => void;
  lastPractice: LastPracticeStore;
}

/** A plain web-EHR record page, built to look like the systems Coplan sits over. */
export function DemoRecord({ person: { id, person, recordNumber, scenarios }, chosen, onPractice, watchPractice, lastPractice }: Props) {
  const known = chosen && (chosen.scenarioId === undefined || scenarios.some((s) => s.id === chosen.scenarioId));
  const [practice, setPractice] = useState<Practice>(known ? chosen : { scenarioId: scenarios[0]?.id, hints: false });
  const [latest, setLatest] = useState<LastPractice>();
  const choice = useRef(practice);
  choice.current = practice;
  // Only sessions touched while this record is open count as its practice run; the last run
  // debriefed here is remembered, so its debrief stays linked after a reload.
  const [openedAt] = useState(Date.now);
  useEffect(() => {
    let live = true;
    void lastPractice.load().then((last) => live && last?.personId === id && setLatest((current) => current ?? last));
    const stop = watchPractice(openedAt, (session) => {
      const { scenarioId, hints } = choice.current;
      if (!session || !scenarioId) return;
      const last = { personId: id, sessionId: session.id, label: session.label, scenarioId, hints };
      setLatest(last);
      void lastPractice.save(last);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  useEffect(() => {
    onPractice(practice);
    // The address keeps the choices, so Back, a reload or the way back from the presenter finds them.
    history.replaceState(history.state, '', recordHref(id, practice));
  }, [practice.scenarioId, practice.hints]);

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
