import { signal } from '@preact/signals';
import { render } from 'preact';
import { App } from '../../components/sidebar/App';
import { NotHere } from '../../components/sidebar/NotHere';
import { RetentionContext } from '../../components/sidebar/retention-context';
import { ServicesContext } from '../../components/sidebar/services/services-context';
import { UsageContext } from '../../components/sidebar/usage-context';
import '../../components/sidebar/sidebar.css';
import { builtInFramework } from '../../core/framework/builtin';
import { createGuidanceModel } from '../../core/models/guidance-model';
import { createHideModel } from '../../core/models/hide-model';
import { createSessionModel } from '../../core/models/session-model';
import type { ReportUsage, UsageEvent } from '../../core/models/usage';
import type { Session } from '../../core/session/schema';
import { frameworkAdditionsFrom, mergeFramework } from '../../core/packs/additions';
import { createServicesDirectory } from '../../core/services/directory';
import { framedByOwnPages, readSidebarMode } from '../../core/sidebar-mode';
import { allowedFrom, contextFrom, extensionConnection } from './ehr-connection';
import { EqualityQuestionsContext } from '../../components/sidebar/equality/equality-context';
import { equalityQuestions, loadEqualityQuestions } from './equality-questions';
import { closeOnEscape } from './escape-to-close';
import { followActiveTab } from './follow-tab';
import { followRecordChanges } from './follow-record';
import { takeFirstAsks } from './first-asks';
import { plainReadStore } from './plain-reads';

const mode = readSidebarMode(location.search, framedByOwnPages(window));
// The first render reads with plain IndexedDB (plain-reads.ts); Dexie loads once the prompts are
// up, or at the first write if that comes sooner.
let dexie: Promise<typeof import('./dexie')> | undefined;
const loadDexie = () => (dexie ??= import('./dexie'));
let rendered = () => undefined as void;
const store = plainReadStore(() => loadDexie().then((m) => m.sessionStore), new Promise((resolve) => (rendered = resolve)));
// Usage recording (settings, policy copy, audit schema) loads in its own chunk, off the first load,
// and only once the prompts are up: loading it earlier competed with the first render. Anything
// reported before then waits for it.
let usageReporter: Promise<(event: UsageEvent, session: Session) => void> | undefined;
const loadUsage = () => (usageReporter ??= import('./usage').then((m) => m.createUsageReporter(mode.training)));
// An event is recorded once the session's change that came with it is stored: the audit transaction
// (event blocks, rollups, equality tallies) ran alongside the save of a status change and held the
// main thread that save waits on. The model's write has begun by the time `then` runs, so it is the
// write awaited; events stay in order, as each waits on the same or a later write.
let saved = (): Promise<void> => Promise.resolve();
const reportUsage = (event: UsageEvent, session: Session) =>
  void loadUsage().then(async (report) => {
    await saved();
    report(event, session);
  });
let usageForSession: ReportUsage = () => undefined;
const guidance = createGuidanceModel(
  () => import('./guidance-content').then((m) => m.loadGuidanceLibrary()),
  (event) => usageForSession(event),
);
const directory = createServicesDirectory(() => import('./services-content').then((m) => m.loadServiceDirectory()));
// How long drafts are kept, so the session bar can warn before the purge (H-24); read after first paint.
const retentionHours = signal<number | undefined>(undefined);
closeOnEscape(document, extensionConnection);

async function start(): Promise<void> {
  // Everything the first render needs that does not depend on the framework starts at once.
  const { scenarioId } = mode;
  // Whose record the page shows takes round trips through the background to the page, asked with
  // the frame's token and the packs' read by the early script while this one loaded (first-asks.ts).
  const asks = takeFirstAsks();
  const here = contextFrom(asks.page, asks.tab);
  const allowed = allowedFrom(asks.embedder);
  // Scenarios are only needed in trainer mode, so they stay out of the first load.
  const hints = mode.hints && scenarioId ? import('./training-hints').then((m) => m.loadHints(scenarioId)) : Promise.resolve(undefined);
  // A trust's pack may add prompts to domains: read them before the first render so the session has them.
  const packRows = (await asks.packs) ?? (await loadDexie().then((m) => m.packRows()).catch(() => []));
  const framework = mergeFramework(builtInFramework, frameworkAdditionsFrom(packRows));
  const model = createSessionModel({
    store,
    framework,
    training: mode.training,
    onSaved: () => performance.mark('coplan:saved'),
    onUsage: reportUsage,
  });
  saved = model.saved;
  // Guidance and insert controls report against whichever session is open; none open, nothing recorded.
  usageForSession = (event) => {
    const session = model.session.value;
    if (session) reportUsage(event, session);
  };
  // A session resumes by itself only beside the record it began on, so ask the page first (issue 13).
  const [isAllowed, , domainHints] = await Promise.all([allowed, here.then((context) => model.load(context)), hints]);
  const root = document.getElementById('app')!;
  if (!isAllowed) return render(<NotHere />, root);
  const hide = createHideModel();
  performance.mark('coplan:session-loaded');
  render(
    <UsageContext.Provider value={usageForSession}>
    <ServicesContext.Provider value={directory.services}>
    <RetentionContext.Provider value={retentionHours}>
    <EqualityQuestionsContext.Provider value={equalityQuestions}>
      <App
        framework={framework}
        model={model}
        guidance={guidance}
        training={mode.training}
        hints={domainHints}
        connection={extensionConnection}
        onInteractive={() => performance.mark('coplan:interactive')}
        hide={hide}
      />
    </EqualityQuestionsContext.Provider>
    </RetentionContext.Provider>
    </ServicesContext.Provider>
    </UsageContext.Provider>,
    root,
  );
  rendered();
  void followActiveTab(model, extensionConnection, root);
  followRecordChanges(model, extensionConnection);
  // Guidance and services are a keystroke away: load them once the prompts are up.
  requestIdleCallback(() => {
    void loadDexie();
    void loadUsage();
    void guidance.load();
    void directory.load();
    void import('./retention-hours').then((m) => m.loadRetentionHours()).then((hours) => void (retentionHours.value = hours));
    loadEqualityQuestions();
    // The trust's idle period, if policy sets one; until then the default holds.
    void import('../../core/storage/policy-copy-item')
      .then((m) => m.loadPolicyCopy())
      .then((policy) => policy.lockAfterMinutes && hide.setLockAfter(policy.lockAfterMinutes));
  });
}

void start();
