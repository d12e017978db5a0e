import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { demoPeople } from '../../core/demo/people';
import type { Scenario } from '../../core/scenarios/schema';
import type { Practice } from '../../core/training/links';
import type { PracticeSession } from '../../core/training/practice-sessions';
import { DemoRecord, type LastPracticeStore } from './DemoRecord';
import { PeopleList } from './PeopleList';
import type { TrainerToolsProps } from './TrainerTools';
import { useHashRoute } from './use-hash-route';

/** What the demo page needs from outside: the sidebar, the database and storage. */
export interface DemoAppProps extends TrainerToolsProps {
  scenarios: ReadonlySignal<Scenario[]>;
  /** Mounts the Coplan sidebar for this practice, as the content script would on a real EHR. */
  onPractice: (practice: Practice) => void;
  /** Follows the latest practice session changed since `since`; returns the unsubscribe. */
  watchPractice: (since: number, onChange: (latest: PracticeSession | undefined) => void) => () => void;
  lastPractice: LastPracticeStore;
}

/** The demo EHR: a list of fictional people and their records, under a permanent training banner. */
export function DemoApp({ scenarios, onPractice, watchPractice, lastPractice, ...tools }: DemoAppProps) {
  const route = useHashRoute();
  const people = demoPeople(scenarios.value);
  const person = route.page === 'person' ? people.find((p) => p.id === route.id) : undefined;
  const moved = useRef(false);

  useEffect(() => {
    document.title = `${person ? person.person.name : 'Fictional people'} · Demo EHR (training) · Coplan`;
    // After a route change, start screen readers and keyboard users at the new page's heading.
    if (moved.current) document.querySelector<HTMLElement>('h1')?.focus();
    moved.current = true;
    if (!person) onPractice({ hints: false });
  }, [route, person?.id]);

  return (
    <div class="ehr">
      <header class="ehr__banner">
        <span class="ehr__system">Demo EHR</span>
        <strong class="ehr__fictional">Training system: every person here is fictional</strong>
      </header>
      {person ? (
        <DemoRecord key={person.id} person={person} chosen={route.page === 'person' ? route.practice : undefined} onPractice={onPractice} watchPractice={watchPractice} lastPractice={lastPractice} />
      ) : (
        <PeopleList people={people} unknownId={route.page === 'person' ? route.id : undefined} {...tools} />
      )}
    </div>
  );
}
