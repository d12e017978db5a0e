/** `npm run bench`: builds the test build, measures each budget from the issues, prints the table. */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { auditInChromium } from './audit-chromium';
import { auditSpeed } from './audit-speed';
import { bundleSizes } from './bundle-sizes';
import { copySpeed } from './copy-speed';
import { ehrSpeed } from './ehr-speed';
import { firefoxSidebarOpen } from './firefox-sidebar-open';
import { packSpeed } from './pack-speed';
import { panelFollow } from './panel-follow';
import { machine, report } from './report';
import { searchSpeed } from './search-speed';
import { sessionSpeed } from './session-speed';
import { sidebarOpen } from './sidebar-open';
import { summarySpeed } from './summary-speed';

const root = resolve(import.meta.dirname, '../..');
const atStart = machine();
console.log(`Load average at start: ${atStart.loadAverage.join(', ')} on ${atStart.cores} cores. Timings on a loaded machine run slow.`);
execSync("COPLAN_SITES='http://127.0.0.1/*' npx wxt build", { cwd: root, stdio: 'inherit' });
execSync("COPLAN_SITES='http://127.0.0.1/*' npx wxt build -b firefox --mv3", { cwd: root, stdio: 'inherit' });

const measures = [
  ...bundleSizes(resolve(root, '.output/chrome-mv3')),
  ...(await sidebarOpen()),
  ...(await firefoxSidebarOpen()),
  ...summarySpeed(),
  ...(await copySpeed()),
  ...(await searchSpeed()),
  ...(await packSpeed()),
  ...(await sessionSpeed()),
  ...(await ehrSpeed()),
  ...(await panelFollow()),
  ...(await auditSpeed()),
  ...(await auditInChromium()),
];
const within = report(measures, atStart);
console.log(within ? 'Every measure is within its budget.' : 'Some measures are over budget (marked OVER).');
process.exitCode = within ? 0 : 1;
