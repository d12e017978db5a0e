import { useEffect } from 'preact/hooks';
import type { EhrConnection } from '../../core/ehr/connection';
import type { Domain, Framework } from '../../core/framework/schema';
import type { GuidanceModel } from '../../core/models/guidance-model';
import type { HideModel } from '../../core/models/hide-model';
import type { SessionModel } from '../../core/models/session-model';
import { CheckingRecord } from './CheckingRecord';
import { agendaView } from '../../core/session/agenda';
import { AgendaChooser } from './agenda/AgendaChooser';
import { OtherAreas } from './agenda/OtherAreas';
import { DomainSection } from './DomainSection';
import { HiddenScreen } from './HiddenScreen';
import { progress } from '../../core/session/progress';
import { ProgressSummary } from './ProgressSummary';
import { SafeguardingRoute } from './SafeguardingRoute';
import { SessionBar } from './SessionBar';
import { Unrestorable } from './Unrestorable';
import { GuidanceContext } from './guidance/guidance-context';
import { LockedContext } from './locked-context';
import { GuidanceSearch } from './guidance/GuidanceSearch';
import { LazySectionView } from './guidance/LazySectionView';
import { focusById, jumpTo, useFocusOnSession, useSlashToSearch } from './keyboard';
import { useHide } from './use-hide';
import { useLaterSections } from './use-later-sections';
import { useProgressive } from './use-progressive';

interface Props {
  framework: Framework;
  model: SessionModel;
  guidance: GuidanceModel;
  connection: EhrConnection;
  /** Trainer mode on the demo EHR: a banner says so, and hints may show per domain. */
  training?: boolean;
  hints?: Map<string, string[]>;
  /** Called once the prompts can be used; the bench measures open → interactive with it. */
  onInteractive?: () => void;
  /** "Hide" and the idle lock; the sidebar makes its own (default period) when none is given. */
  hide?: HideModel;
}

export function App({ framework, model, guidance, connection, training = false, hints, onInteractive, hide: givenHide }: Props) {
  useEffect(() => onInteractive?.(), []);
  const session = model.session.value;
  // Today's areas first; the others, folded away below, once the person has chosen (issue 14).
  const { today, others } = agendaView(framework, session?.agenda);
  const split = new Set(today.map((d) => d.id));
  const areas = today.length + others.length;
  // The first screen shows no more than the first domain (the second starts some 1,400 px further
  // down), so the first frame draws just that one; the rest follow three a frame.
  const shown = useProgressive(areas + 1, 3, 1);
  const Later = useLaterSections();
  const open = guidance.open.value;
  const section = (domain: Domain, rest = false) => (
    <DomainSection
      key={rest ? `${domain.id}-rest` : domain.id}
      domain={domain}
      rest={rest}
      hints={hints?.get(domain.id)}
      states={session?.prompts}
      onStatus={(promptId, status) => void model.updatePrompt(promptId, { status })}
      onNote={(promptId, note) => void model.updatePrompt(promptId, { note })}
    />
  );
  useSlashToSearch();
  useFocusOnSession(session?.id);
  const hide = useHide(givenHide);
  // Hidden means out of the DOM, not covered: nothing below is rendered until the clinician shows it again.
  if (hide.hidden.value) return <HiddenScreen onShow={hide.show} />;
  // The side panel's tab changed: the session's text goes at once, before the new tab has answered.
  if (model.moving.value) return <CheckingRecord />;
  const explored = session ? progress(framework, session).explored : 0;

  return (
    <GuidanceContext.Provider value={guidance}>
    <LockedContext.Provider value={session?.finishedAt !== undefined}>
    <div class="app">
      {/* Header and jump bar stay in view together, each one line at 1280x720 (issue 18): whose
          session, how far it has got, and every way out, without pushing the questions down. */}
      <div class="top">
        <header class="app__header">
          <h1>Coplan</h1>
          {session ? (
            <>
              {/* Always in view, so the clinician can see whose session this is before inserting. */}
              <span class="app__session" title={`Working on: ${session.label}`}>
                {/* A tag of its own, set apart by its colour and a margin rather than a separator. */}
                {training && <><strong class="jump__training">Training</strong>{' '}</>}
                {/* Said, not shown: the bar has room for the label, which matters more. */}
                <span class="visually-hidden">Working on: </span>
                <strong>{session.label}</strong>
              </span>
              {/* Short, so a label keeps room at 400 px even beside the Training tag; said in full. */}
              <span class="app__progress">
                <span aria-hidden="true">{explored}/{framework.domains.length} explored</span>
                <span class="visually-hidden">{explored} of {framework.domains.length} domains explored</span>
              </span>
            </>
          ) : (
            <span class="app__framework">{framework.name} · version {framework.version}</span>
          )}
          {/* In the bar that is always in view, so hiding is one click from anywhere. */}
          <button type="button" class="button jump__hide" aria-keyshortcuts="Alt+Shift+H" onClick={hide.hide}>Hide</button>
        </header>
        <nav class="jump" aria-label="Jump to" onClick={jumpTo}>
          {/* Short words so the bar keeps to one line; the full names stay the links' names. */}
          <a href="#prompts">Prompts</a>
          <a href="#record" aria-label="Co-production record">Record</a>
          <a href="#summary" aria-label="Summary and insert">Summary</a>
          <a href="#services" aria-label="Local services">Services</a>
          <SafeguardingRoute guidance={guidance} />
        </nav>
      </div>
      {open && (
        <section class="reading" aria-label="Guidance">
          <LazySectionView framework={framework} open={open} onBack={() => focusById(guidance.back())} />
        </section>
      )}
      <main hidden={!!open}>
        {training && (
          <p class="training-banner" role="note">
            <strong>Training mode.</strong> A fictional person, for practice only: nothing here is a clinical record.
          </p>
        )}
        <GuidanceSearch framework={framework} guidance={guidance} />
        <Unrestorable items={model.unrestorable.value} />
        <SessionBar model={model} training={training} />
        <ProgressSummary framework={framework} session={session} />
        <div id="prompts" tabIndex={-1}>
          <fieldset class="lock" disabled={session?.finishedAt !== undefined}>
            <AgendaChooser key={session?.id} framework={framework} agenda={session?.agenda} onChoose={(agenda) => void model.setAgenda(agenda)} />
          </fieldset>
          {today.slice(0, shown).map((domain) => section(domain))}
          {others.length > 0 && (
            <OtherAreas count={others.length}>{others.slice(0, Math.max(0, shown - today.length)).map((domain) => section(domain, split.has(domain.id)))}</OtherAreas>
          )}
        </div>
        {shown > areas && Later && <Later framework={framework} model={model} connection={connection} />}
      </main>
    </div>
    </LockedContext.Provider>
    </GuidanceContext.Provider>
  );
}
