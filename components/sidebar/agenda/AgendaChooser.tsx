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
function describe(framework: Framework, agenda: Agenda | undefined): string {
  if (!agenda) return 'not chosen yet, so every area is shown. Ask the person which areas they would like to talk about today.';
  if (agenda.path === 'all') return 'all areas, in the usual order.';
  if (agenda.path === 'first-contact') return `the short path for a first contact (${framework.firstContact?.length ?? 0} core prompts).`;
  const n = agenda.domains.length;
  return `${n} ${n === 1 ? 'area' : 'areas'} the person chose.`;
}

/**
 * The person chooses what to talk about today (issue 14, after DIALOG+). Until they have, the
 * sidebar shows every area as before, so nothing waits on this step, and the step takes one line
 * until opened, so the prompts do not move when a session starts; once chosen, the areas they did
 * not choose move below, out of the way but still there.
 */
export function AgendaChooser({ framework, agenda, onChoose }: Props) {
  const [choosing, setChoosing] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState(false);

  const choose = (next: Agenda) => {
    onChoose(next);
    setChoosing(false);
    setProblem(false);
    const first = agendaView(framework, next).today[0];
    focusById(first && `domain-${first.id}`);
  };
  const open = () => {
    setPicked(new Set(agenda?.path === 'chosen' ? agenda.domains : []));
    setChoosing(true);
    focusById('agenda-areas-first');
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
    if (on) setProblem(false);
  };
  const firstContact = framework.firstContact && (
    <button type="button" class="button button--secondary" onClick={() => choose({ path: 'first-contact', domains: [] })}>
      First contact: core prompts only
    </button>
  );

  return (
    <section class="agenda" aria-labelledby="agenda-h">
      <p class="agenda__now">
        <strong id="agenda-h">Today’s agenda:</strong> {describe(framework, agenda)}
      </p>
      {!choosing && (
        <div class="inline">
          <button type="button" class="button button--secondary" onClick={open}>
            {agenda ? 'Change today’s agenda' : 'Choose areas with the person'}
          </button>
          {!agenda && firstContact}
        </div>
      )}
      {choosing && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (picked.size === 0) setProblem(true);
            else choose(chosenAgenda(framework, picked));
          }}
        >
          <fieldset class="agenda__areas" aria-describedby={problem ? 'agenda-problem' : 'agenda-hint'}>
            <legend>Areas the person chose</legend>
            <p class="field__hint" id="agenda-hint">
              Go through the areas with the person and tick the ones they choose. The others stay below, if they want them later.
            </p>
            {framework.domains.map((domain, i) => (
              <label class="check" key={domain.id}>
                <input id={i === 0 ? 'agenda-areas-first' : undefined} type="checkbox" checked={picked.has(domain.id)} onChange={(e) => toggle(domain.id, e.currentTarget.checked)} />
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
            {firstContact}
            <button type="button" class="button button--secondary" onClick={() => choose({ path: 'all', domains: [] })}>
              All areas
            </button>
            <button type="button" class="button button--secondary" onClick={() => setChoosing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
