import { useState } from 'preact/hooks';
import type { Framework } from '../../../core/framework/schema';
import { agendaView, chosenAgenda, type Agenda } from '../../../core/session/agenda';
import { focusById } from '../keyboard';

interface Props {
  framework: Framework;
  agenda: Agenda | undefined;
  onChoose: (agenda: Agenda) => void;
}

/** What today's agenda is, in a few words. */
function describe(framework: Framework, agenda: Agenda): string {
  if (agenda.path === 'all') return 'all areas, in the usual order';
  if (agenda.path === 'first-contact') return `the short path for a first contact (${framework.firstContact?.length ?? 0} core prompts)`;
  const n = agenda.domains.length;
  return `${n} ${n === 1 ? 'area' : 'areas'} the person chose`;
}

/**
 * The person chooses what to talk about today (issue 14, after DIALOG+). Until they have, the
 * sidebar shows every area as before, so nothing waits on this step; once chosen, the areas they
 * did not choose move below, out of the way but still there.
 */
export function AgendaChooser({ framework, agenda, onChoose }: Props) {
  const [editing, setEditing] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set(agenda?.path === 'chosen' ? agenda.domains : []));
  const [problem, setProblem] = useState(false);

  const choose = (next: Agenda) => {
    onChoose(next);
    setEditing(false);
    setProblem(false);
    const first = agendaView(framework, next).today[0];
    focusById(first && `domain-${first.id}`);
  };

  if (agenda && !editing) {
    return (
      <div class="agenda agenda--set">
        <p class="agenda__now">
          <strong>Today’s agenda:</strong> {describe(framework, agenda)}.
        </p>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setPicked(new Set(agenda.path === 'chosen' ? agenda.domains : []));
            setEditing(true);
            focusById('agenda-h');
          }}
        >
          Change today’s agenda
        </button>
      </div>
    );
  }

  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
    if (on) setProblem(false);
  };

  return (
    <section class="agenda" aria-labelledby="agenda-h">
      <h2 id="agenda-h" tabIndex={-1}>What would the person like to talk about today?</h2>
      <p class="field__hint" id="agenda-hint">
        Go through the areas with the person and tick the ones they choose. The others stay below, if they want them later.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (picked.size === 0) setProblem(true);
          else choose(chosenAgenda(framework, picked));
        }}
      >
        <fieldset class="agenda__areas" aria-describedby={problem ? 'agenda-problem' : 'agenda-hint'}>
          <legend>Areas the person chose</legend>
          {framework.domains.map((domain) => (
            <label class="check" key={domain.id}>
              <input type="checkbox" checked={picked.has(domain.id)} onChange={(e) => toggle(domain.id, e.currentTarget.checked)} />
              {domain.title}
            </label>
          ))}
        </fieldset>
        {problem && (
          <p class="agenda__problem" id="agenda-problem" role="alert">
            Tick at least one area, or choose another way below.
          </p>
        )}
        <div class="inline agenda__choices">
          <button type="submit" class="button">Talk about these areas</button>
          {framework.firstContact && (
            <button type="button" class="button button--secondary" onClick={() => choose({ path: 'first-contact', domains: [] })}>
              First contact: core prompts only
            </button>
          )}
          <button type="button" class="button button--secondary" onClick={() => choose({ path: 'all', domains: [] })}>
            All areas
          </button>
          {editing && (
            <button type="button" class="button button--secondary" onClick={() => setEditing(false)}>
              Keep the agenda as it was
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
