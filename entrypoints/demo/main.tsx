import { render } from 'preact';
import { DemoRecord } from '../../components/demo/DemoRecord';
import '../../components/demo/demo.css';
import { DEMO_PEOPLE } from '../../core/demo/people';
import { mountCoplan } from '../ehr.content/mount';

render(<DemoRecord person={DEMO_PEOPLE[0]!} />, document.getElementById('app')!);
// The demo mounts the same launcher and frame as the content script, so it proves the real path.
void mountCoplan(document, new AbortController().signal);
