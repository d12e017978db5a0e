import { browser } from '#imports';
import { render } from 'preact';
import { DemoRecord } from '../../components/demo/DemoRecord';
import '../../components/demo/demo.css';
import { DEMO_PEOPLE } from '../../core/demo/people';
import { mountCoplan } from '../ehr.content/mount';

render(<DemoRecord person={DEMO_PEOPLE[0]!} />, document.getElementById('app')!);
// The demo mounts the same launcher, frame and field code as the content script, so it proves the
// real path; its sidebar frame messages it directly, so only that frame's tab may ask.
void browser.tabs.getCurrent().then((tab) =>
  mountCoplan(document, new AbortController().signal, (sender) => sender.tab?.id !== undefined && sender.tab.id === tab?.id),
);
