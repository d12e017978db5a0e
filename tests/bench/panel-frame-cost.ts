import type { Frame, Page } from 'playwright-core';
import { launchWithExtension } from '../../scripts/chromium';
import { countCoplan } from '../e2e/support/coplan-controls';
import { openSidebar, startCoplan } from '../e2e/support/coplan';
import { startFixtureServer } from '../e2e/support/servers';
import { sidebarSteps } from '../e2e/support/sidebar';
import { bareExtension } from './bare-extension';
import { spread, type Measure } from './report';
import { traceWhile, type TraceEvent } from './trace';

const FRAMES = 180; // three seconds at 60 frames a second
const BUDGET_MS = 1;
// Twice the budget: the performance.now() the probe spins on is coarse, so a 1 ms burn read 0.98 ms.
const BURN_MS = 2;

/**
 * The page's own work at 60 frames a second, as a busy EHR does: every animation frame it scrolls
 * and replaces a line of text (a DOM change every frame, which wakes every MutationObserver on the
 * document, Coplan's keep-mounted guard included, and moves the page under Coplan's frame, which
 * Chromium's visibility tracking for the sidebar has to follow).
 */
// A string, not a function: tsx's transform would name the inner arrows with a helper the page lacks.
const pageActivity = (frames: number) => `new Promise((done) => {
  const spacer = document.createElement('div');
  spacer.style.height = '5000px';
  const ticker = document.createElement('p');
  document.body.append(ticker, spacer);
  let n = 0;
  const step = () => {
    ticker.textContent = 'Frame ' + n;
    window.scrollTo(0, (n % 100) * 20);
    if (++n < ${frames}) return requestAnimationFrame(step);
    ticker.remove();
    spacer.remove();
    window.scrollTo(0, 0);
    done();
  };
  requestAnimationFrame(step);
})`;

/** Merged length of the spans (so nested trace events count once), each binned by where it starts. */
function binned(spans: (readonly [number, number])[], bounds: number[]): number[] {
  const per = bounds.slice(1).map(() => 0);
  let end = -Infinity;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (to > end) {
      const start = Math.max(from, end);
      const bin = bounds.findLastIndex((b) => b <= start);
      if (bin >= 0 && bin < per.length) per[bin]! += (to - start) / 1000;
    }
    end = Math.max(end, to);
  }
  return per;
}

interface PerFrame {
  /** Extension script time on the page's main thread in each frame: the content script's. */
  content: number[];
  /** Everything the page's main thread did in each frame (its tasks), for reference. */
  mainThread: number[];
}

/**
 * Traces the page through `FRAMES` frames of activity. Frames are bounded by the page's own
 * animation-frame callbacks (FireAnimationFrame on its main frame), and only the page's renderer
 * main thread counts: the sidebar frame is an extension page in another process, which the page's
 * frames do not wait for.
 */
async function tracePerFrame(page: Page): Promise<PerFrame> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  await cdp.detach();
  const events = await traceWhile(page, ['devtools.timeline', 'v8.execute', 'toplevel'], () => page.evaluate(pageActivity(FRAMES)));
  const ticks = events.filter((e) => e.name === 'FireAnimationFrame' && e.args?.data?.frame === frameTree.frame.id);
  if (ticks.length < FRAMES / 2) throw new Error(`The trace holds ${ticks.length} of the page's ${FRAMES} animation frames`);
  const { pid, tid } = ticks[0]!;
  const bounds = ticks.map((e) => e.ts).sort((a, b) => a - b);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const span = (e: TraceEvent) => [e.ts, e.ts + e.dur!] as const;
  return {
    content: binned(onMain.filter((e) => e.args?.data?.url?.startsWith('chrome-extension://')).map(span), bounds),
    mainThread: binned(onMain.filter((e) => e.cat.split(',').includes('toplevel')).map(span), bounds),
  };
}

/** Starts a session and waits until "Insert into EHR" is enabled: Coplan's visibility tracking is then running and has settled. */
async function insertReady(sidebar: Frame): Promise<void> {
  await sidebarSteps(sidebar).start('Frame cost');
  const insert = sidebar.getByRole('button', { name: 'Insert into EHR' });
  await insert.waitFor();
  const until = Date.now() + 20_000;
  while (!(await insert.isEnabled())) {
    if (Date.now() > until) throw new Error('Insert into EHR stayed held');
    await sidebar.waitForTimeout(100);
  }
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Issue 17's budget of 1 ms per frame while the panel is open: what Coplan's content script (the
 * keep-mounted MutationObserver that re-shows the panel in the top layer, its listeners) costs the
 * page per animation frame while the page scrolls and changes its DOM, with the sidebar showing
 * "Insert into EHR" so its IntersectionObserver v2 is tracking visibility. The same measure on a bare
 * extension whose MutationObserver burns 2 ms per batch must read more than the budget in a typical
 * frame, which shows the method would catch guards that cost that much. Chromium's own work for the tracked frame (hit-testing
 * the page for what covers it) is not script: it shows in the page's whole main thread per frame,
 * printed for reference closed, open on the list (nothing tracked) and open with Insert tracked.
 */
export async function panelFrameCost(): Promise<Measure[]> {
  const server = await startFixtureServer();
  const probe = await launchWithExtension({ extensionPath: bareExtension({ burnPerMutationMs: BURN_MS }), headless: true });
  const coplan = await startCoplan();
  try {
    const probePage = await probe.newPage();
    await probePage.goto(`http://127.0.0.1:${server.port}/ehr/plain.html`);
    await probePage.getByRole('button', { name: 'Open bare frame' }).waitFor();
    const probed = await tracePerFrame(probePage);

    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const until = Date.now() + 20_000;
    while (!(await countCoplan(page, 'button', 'Open Coplan'))) {
      if (Date.now() > until) throw new Error('No launcher appeared');
      await page.waitForTimeout(100);
    }
    const closed = await tracePerFrame(page);
    // Open on today's list (a new profile has no session): no control is held, nothing tracks visibility.
    const sidebar = await openSidebar(page, coplan.id);
    await sidebar.getByRole('button', { name: 'Start a new session' }).waitFor();
    const listed = await tracePerFrame(page);
    await insertReady(sidebar);
    const open = await tracePerFrame(page);

    const ms = (n: number) => n.toFixed(3);
    console.log(`Per frame (${FRAMES} frames of scrolling and DOM changes), mean: a ${BURN_MS} ms burn per mutation read ${ms(mean(probed.content))} ms`);
    console.log(`  Coplan's content script: closed ${ms(mean(closed.content))} ms, open on the list ${ms(mean(listed.content))} ms, open with Insert tracked ${ms(mean(open.content))} ms`);
    console.log(`  the page's main thread: closed ${ms(mean(closed.mainThread))} ms, open on the list ${ms(mean(listed.mainThread))} ms, open with Insert tracked ${ms(mean(open.mainThread))} ms`);
    return [
      // The probe's typical frame must show the burn: the method sees a content script's per-frame cost.
      { ...spread(`panel-frame-cost-probe-${BURN_MS}ms-burn`, probed.content, BUDGET_MS, 'ms', 2)[0]!, higherIsBetter: true },
      ...spread('panel-open-content-script-per-frame', open.content, BUDGET_MS, 'ms', 3),
      ...spread('panel-closed-content-script-per-frame', closed.content, undefined, 'ms', 3),
      ...spread('panel-open-page-main-thread-per-frame', open.mainThread, undefined, 'ms', 2),
      ...spread('panel-open-untracked-page-main-thread-per-frame', listed.mainThread, undefined, 'ms', 2),
      ...spread('panel-closed-page-main-thread-per-frame', closed.mainThread, undefined, 'ms', 2),
    ];
  } finally {
    await probe.close();
    await coplan.close();
    await server.close();
  }
}
