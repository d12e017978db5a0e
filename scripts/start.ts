/**
 * `npm start`: builds Coplan and opens Chromium with it loaded on the demo EHR page. With no
 * display it walks through the same steps headless and saves screenshots instead.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { clickCoplan, sidebarFrameElement } from '../tests/e2e/support/coplan-controls';
import { ensureChromium, extensionId, launchWithExtension } from './chromium';

const root = resolve(import.meta.dirname, '..');
const extensionPath = resolve(root, '.output/chrome-mv3');
const outDir = resolve(root, 'demo-output');
const headless = !process.env.DISPLAY;

console.log('Building Coplan…');
execSync('npx wxt build', { cwd: root, stdio: 'inherit' });
ensureChromium();

const context = await launchWithExtension({ extensionPath, headless, viewport: headless ? { width: 1366, height: 850 } : null });
const id = await extensionId(context);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${id}/demo.html#/person/jordan-mensah-clarke`);
// The launcher sits in a closed shadow root: clicked through the accessibility tree, as a person would.
await clickCoplan(page, 'button', 'Open Coplan');
const frame = (await (await sidebarFrameElement(page)).contentFrame())!;
await frame.getByRole('heading', { level: 2 }).first().waitFor();

if (!headless) {
  console.log('Coplan is open on the demo EHR page. Close the browser window to finish.');
  await new Promise((done) => context.on('close', done));
} else {
  mkdirSync(outDir, { recursive: true });
  const shots = [resolve(outDir, '1-sidebar-open.png'), resolve(outDir, '2-prompt-explored.png')];
  await page.screenshot({ path: shots[0] });
  await frame.getByRole('group', { name: /^Status:/ }).first().getByRole('radio', { name: 'Explored' }).check();
  await page.screenshot({ path: shots[1] });
  await context.close();
  console.log(`
No display found, so Coplan ran headless: it opened the demo EHR, opened the sidebar and marked
the first prompt "Explored". Screenshots:
  ${shots.join('\n  ')}

To try it yourself in Chrome or Chromium: open chrome://extensions, turn on Developer mode,
choose "Load unpacked" and pick ${extensionPath}
then open chrome-extension://<the extension id>/demo.html (the id is shown on chrome://extensions).
In Firefox: run \`npx wxt build -b firefox --mv3\`, open about:debugging#/runtime/this-firefox,
choose "Load Temporary Add-on" and pick .output/firefox-mv3/manifest.json.`);
}
