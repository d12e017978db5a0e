import type { DemoPerson } from '../../core/demo/people';
import { presenterHref, recordHref } from '../../core/training/links';
import { TrainerTools, type TrainerToolsProps } from './TrainerTools';

interface Props extends TrainerToolsProps {
  people: DemoPerson[];
  /** Set when the address named a person the demo does not have (say, from a removed pack). */
  unknownId?: string;
}

/** The demo's caseload: every fictional person, with their scenarios to practise or present. */
export function PeopleList({ people, unknownId, ...tools }: Props) {
  return (
    <main class="ehr__page">
      <h1 tabIndex={-1}>Fictional people</h1>
      {unknownId !== undefined && (
        <p class="notice" role="status">There is no record “{unknownId}” in this demo. Choose a person below.</p>
      )}
      <p>
        Every person here is fictional, written for training. Open a record to practise with Coplan beside it, or
        present a scenario to a room.
      </p>
      <ul class="people">
        {people.map(({ id, recordNumber, person, scenarios }) => (
          <li key={id} class="person-card">
            <h2>
              <a href={recordHref(id)}>{person.name}</a>
            </h2>
            <p class="person-card__meta">
              {recordNumber} · {person.age} · {person.pronouns} · {person.language}
            </p>
            <ul class="person-card__scenarios" aria-label={`Scenarios with ${person.name}`}>
              {scenarios.map((s) => (
                <li key={s.id}>
                  {s.title} · <a href={presenterHref(s.id)} aria-label={`Present ${s.title}`}>Present</a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <TrainerTools {...tools} />
    </main>
  );
}
