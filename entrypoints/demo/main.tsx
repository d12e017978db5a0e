import { browser } from '#imports';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { DemoApp } from '../../components/demo/DemoApp';
import '../../components/demo/demo.css';
import { openDb } from '../../core/db';
import { builtInFramework } from '../../core/framework/builtin';
import { importScenarioFile } from '../../core/training/import-scenarios';
import { forgetLastPractice, loadLastPractice, saveLastPractice } from '../../core/training/last-practice-item';
import { practiceQuery } from '../../core/training/links';
import { watchLatestPractice } from '../../core/training/practice-sessions';
import { resetTrainingData } from '../../core/training/reset';
import { loadScenarios } from '../../core/training/scenario-packs-item';
import { mountCoplan } from '../ehr.content/mount';
import { siteRules } from '../ehr.content/site-settings';
import { demoSidebar } from './demo-sidebar';

const db = openDb();
const tab = browser.tabs.getCurrent();
// The demo mounts the same launcher, frame and field code as the content script, so it proves the
// real path; its sidebar frame messages it directly, so only that frame's tab may ask.
const sidebar = demoSidebar(async (signal, frameQuery) => {
  const id = (await tab)?.id;
  // An extension page framing its own sidebar needs no token: the sidebar sees its own origin around it.
  const frameUrl = async () => browser.runtime.getURL('/sidebar.html') + frameQuery;
  return mountCoplan(document, signal, (sender) => id !== undefined && sender.tab?.id === id, frameUrl, await siteRules().catch(() => undefined));
});

void loadScenarios().then((loaded) => {
  const scenarios = signal(loaded);
  render(
    <DemoApp
      scenarios={scenarios}
      onPractice={(practice) => sidebar.show(practiceQuery(practice))}
      watchPractice={(since, onChange) => watchLatestPractice(db, since, onChange)}
      lastPractice={{ load: loadLastPractice, save: saveLastPractice }}
      onReset={async () => {
        const result = await resetTrainingData(db);
        await forgetLastPractice();
        return result;
      }}
      onImport={async (file) => {
        const result = await importScenarioFile(file, builtInFramework);
        if (result.ok) scenarios.value = await loadScenarios();
        return result;
      }}
    />,
    document.getElementById('app')!,
  );
});
