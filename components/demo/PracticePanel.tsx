import { debriefHref, presenterHref, type Practice } from '../../core/training/links';
import type { LastPractice } from '../../core/training/last-practice-item';

interface Props {
  scenarios: { id: string; title: string }[];
  practice: Practice;
  onChange: (practice: Practice) => void;
  /** The practice run last debriefed on this record, if any. */
  latest: LastPractice | undefined;
}

/** The trainer's choices for this record: which scenario, whether hints show, and the debrief. */
export function PracticePanel({ scenarios, practice, onChange, latest }: Props) {
  const { scenarioId, hints } = practice;
  return (
    <section class="practice" aria-labelledby="practice-h">
      <h2 id="practice-h">Practice with Coplan</h2>
      <ol class="practice__steps">
        <li>Choose a scenario, and whether the sidebar shows hints.</li>
        <li>Open Coplan with the button at the side of the page, and start a session.</li>
        <li>Mark prompts as the conversation goes, then insert the summary into “Care plan (free text)”.</li>
        <li>See the debrief.</li>
      </ol>
      <div class="practice__choices">
        <div>
          <label for="scenario">Scenario</label>
          <select id="scenario" value={scenarioId ?? ''} onChange={(e) => onChange({ scenarioId: e.currentTarget.value || undefined, hints })}>
            {scenarios.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            <option value="">None: free practice</option>
          </select>
        </div>
        <div class="checkbox">
          <input id="hints" type="checkbox" checked={hints && !!scenarioId} disabled={!scenarioId} aria-describedby="hints-hint" onChange={(e) => onChange({ scenarioId, hints: e.currentTarget.checked })} />
          <label for="hints">Allow hints</label>
        </div>
      </div>
      <p class="hint" id="hints-hint">Hints show the scenario’s learning points in the sidebar, domain by domain. Changing a choice reloads the sidebar; the session is kept.</p>
      {scenarioId && (
        <p class="practice__links">
          <a href={presenterHref(scenarioId, hints)}>Present this scenario</a>
          {latest && (
            <>
              {' · '}
              <a href={debriefHref(latest.sessionId, latest.scenarioId, hints)}>See the debrief</a> for the practice session “{latest.label}”
            </>
          )}
        </p>
      )}
    </section>
  );
}
