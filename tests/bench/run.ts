/**
 * `npm run bench`: builds the test build, measures each budget from the issues, prints the table.
 * `npm run bench -- sidebar-open search-speed` runs only the stages named (each stage's name below),
 * so one figure can be checked without loading a shared machine with the whole run.
 */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { auditInChromium } from './audit-chromium';
import { auditSpeed } from './audit-speed';
import { bundleSizes } from './bundle-sizes';
import { contentScriptCost } from './content-script-cost';
import { copySpeed } from './copy-speed';
import { ehrSpeed } from './ehr-speed';
import { firefoxSidebarOpen } from './firefox-sidebar-open';
import { packSpeed } from './pack-speed';
import { panelFollow } from './panel-follow';
import { panelFrameCost } from './panel-frame-cost';
import { machine, report, stage, type Measure } from './report';
import { searchSpeed } from './search-speed';
import { sessionSpeed } from './session-speed';
import { sidebarOpen } from './sidebar-open';
import { summarySpeed } from './summary-speed';

const root = resolve(import.meta.dirname, '../..');
const stages: Record<string, () => Measure[] | Promise<Measure[]>> = {
  'bundle-sizes': () => bundleSizes(resolve(root, '.output/chrome-mv3')),
  'sidebar-open': sidebarOpen,
  'firefox-sidebar-open': firefoxSidebarOpen,
  'summary-speed': summarySpeed,
  'copy-speed': copySpeed,
  'search-speed': searchSpeed,
  'pack-speed': packSpeed,
  'session-speed': sessionSpeed,
  'ehr-speed': ehrSpeed,
  'content-script-cost': contentScriptCost,
  'panel-follow': panelFollow,
  'panel-frame-cost': panelFrameCost,
  'audit-speed': auditSpeed,
  'audit-chromium': auditInChromium,
};
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in stages));
if (unknown.length) throw new Error(`No bench stage named ${unknown.join(', ')}; the stages are ${Object.keys(stages).join(', ')}`);

const atStart = machine();
console.log(`Load average at start: ${atStart.loadAverage.join(', ')} on ${atStart.cores} cores. Timings on a loaded machine run slow.`);
execSync("COPLAN_SITES='http://127.0.0.1/*' npx wxt build", { cwd: root, stdio: 'inherit' });
if (!chosen.length || chosen.includes('firefox-sidebar-open')) execSync("COPLAN_SITES='http://127.0.0.1/*' npx wxt build -b firefox --mv3", { cwd: root, stdio: 'inherit' });

const measures: Measure[] = [];
for (const [name, run] of Object.entries(stages)) if (!chosen.length || chosen.includes(name)) measures.push(...(await stage(run)));
const within = report(measures, atStart);
console.log(within ? 'Every measure is within its budget.' : 'Some measures are over budget (marked OVER).');
process.exitCode = within ? 0 : 1;
