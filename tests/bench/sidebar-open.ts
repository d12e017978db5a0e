import type { Frame, Page } from 'playwright-core';
import { launchWithExtension } from '../../scripts/chromium';
import { startCoplan } from '../e2e/support/coplan';
import { clickCoplan, isSidebarUrl, sidebarFrameOf, sidebarShown } from '../e2e/support/coplan-controls';
import { startFixtureServer } from '../e2e/support/servers';
import { bareExtension, type StaticScreen } from './bare-extension';
import { percentile, ratio, spread, type Measure } from './report';

// Issue 20 items 1 and 5: each round a fresh profile, as a browser start is; its first open, then
// later opens on fresh page loads. Coplan and the bare frame take turns, so both see the same load.
const ROUNDS = 20;
const OPENS = 3;
// Then, on the last page, the sidebar closed and opened again this many times.
const REOPENS = 2;

/**
 * Times one open from the click event's own timestamp (Playwright first waits for the button to hold
 * still, which is no part of opening) to `mark` in the frame `open` returns, both on one clock.
 */
async function timeOpen(page: Page, click: () => Promise<void>, frameOf: () => Promise<Frame>, mark: string, showing = '', phases?: Phases[]): Promise<number> {
  type Clock = { clickedAt?: number };
  await page.evaluate(() =>
    document.addEventListener('click', (event) => ((window as Clock).clickedAt = performance.timeOrigin + event.timeStamp), { capture: true, once: true }),
  );
  await click();
  const clickedAt = await page.evaluate(() => (window as Clock).clickedAt!);
  const frame = await frameOf();
  // Waited for in the frame's own script, polling by timer: Playwright's waitForFunction would first
  // inject its helper script into the frame, tens of milliseconds of the frame's main thread while
  // the sidebar starts, and the time returned is the mark's, so the polling adds nothing.
  const doneAt = await frame.evaluate(async ([name, text]) => {
    for (;;) {
      const entry = performance.getEntriesByName(name!)[0];
      if (entry && document.body.textContent?.includes(text!)) return performance.timeOrigin + entry.startTime;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }, [mark, showing]);
  if (phases) {
    // Where the time goes, each on the machine's clock: the frame's navigation start (the content
    // script's work and the iframe's creation), its HTML and first-load scripts, the sidebar's reads.
    const [origin, dom, loaded] = await frame.evaluate(() => [
      performance.timeOrigin,
      performance.getEntriesByType('navigation')[0] ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive : NaN,
      performance.getEntriesByName('coplan:session-loaded')[0]?.startTime ?? NaN,
    ]);
    phases.push({ frameStart: origin! - clickedAt, domInteractive: origin! + dom! - clickedAt, sessionLoaded: origin! + loaded! - clickedAt, interactive: doneAt - clickedAt });
  }
  return doneAt - clickedAt;
}

/** Milliseconds from the click to each step of an open. */
interface Phases { frameStart: number; domInteractive: number; sessionLoaded: number; interactive: number }

/**
 * The page's frame whose address `matches`, once it has committed. Found from Playwright's own list
 * of frames: reaching it through its iframe element instead had Playwright inject its helper script
 * into the page (some 70 ms of the page's main thread in a trace) just as the sidebar asks the
 * page's content script whose record it shows, so the bench timed itself.
 */
async function frameIn(page: Page, matches: (url: string) => boolean, what: string): Promise<Frame> {
  // The clock is the page's own, so polling for the frame to commit adds nothing to the timing.
  for (let waited = 0; waited < 20_000; waited += 10) {
    const found = page.frames().find((f) => f.parentFrame() === page.mainFrame() && matches(f.url()));
    if (found) return found;
    await page.waitForTimeout(10);
  }
  throw new Error(`${what} did not open`);
}

/** Loads the page and times Coplan's launcher click to the sidebar's 'coplan:interactive' mark; with `showing`, until that text shows too. */
export async function timeSidebarOpen(page: Page, url: string, showing = '', phases?: Phases[]): Promise<number> {
  await page.goto(url);
  const sidebar = () => frameIn(page, isSidebarUrl, 'The Coplan frame');
  return timeOpen(page, () => clickCoplan(page, 'button', 'Open Coplan'), sidebar, 'coplan:interactive', showing, phases);
}

/** The same for the bare extension's frame (tests/bench/bare-extension.ts). */
export async function timeBareOpen(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const frame = () => frameIn(page, (address) => address.endsWith('/frame.html'), 'The bare extension’s frame');
  return timeOpen(page, () => page.getByRole('button', { name: 'Open bare frame' }).click(), frame, 'bare:interactive');
}

/**
 * A clinician closing the sidebar and opening it again on the same page: the frame is kept (hidden,
 * not destroyed), so this times the click to the frame's first sight of itself on screen (its
 * IntersectionObserver, then a task, as the other marks are taken) with nothing loaded again.
 */
async function timeReopen(page: Page): Promise<number> {
  await clickCoplan(page, 'button', 'Close Coplan');
  await expectHidden(page);
  const frame = sidebarFrameOf(page)!;
  const shown = frame.evaluate(() => new Promise<number>((resolve) => {
    new IntersectionObserver((entries, observer) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      setTimeout(() => resolve(performance.timeOrigin + performance.now()));
    }).observe(document.body);
  }));
  type Clock = { clickedAt?: number };
  await page.evaluate(() =>
    document.addEventListener('click', (event) => ((window as Clock).clickedAt = performance.timeOrigin + event.timeStamp), { capture: true, once: true }),
  );
  await clickCoplan(page, 'button', 'Open Coplan');
  const clickedAt = await page.evaluate(() => (window as Clock).clickedAt!);
  return (await shown) - clickedAt;
}

/** Waits until the closed sidebar's frame is off screen, and its own view of that has settled. */
async function expectHidden(page: Page): Promise<void> {
  for (let waited = 0; await sidebarShown(page); waited += 50) {
    if (waited > 20_000) throw new Error('The Coplan sidebar did not close');
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(300);
}

async function coplanRound(phases: Phases[], reopens: number[]): Promise<number[]> {
  const coplan = await startCoplan();
  try {
    const page = await coplan.context.newPage();
    const times: number[] = [];
    for (let open = 0; open < OPENS; open++) times.push(await timeSidebarOpen(page, coplan.url('ehr/plain.html'), '', open ? phases : undefined));
    for (let again = 0; again < REOPENS; again++) reopens.push(await timeReopen(page));
    return times;
  } finally {
    await coplan.close();
  }
}

async function bareRound(extensionPath: string, port: number): Promise<number[]> {
  const context = await launchWithExtension({ extensionPath, headless: true });
  try {
    const page = await context.newPage();
    const times: number[] = [];
    for (let open = 0; open < OPENS; open++) times.push(await timeBareOpen(page, `http://127.0.0.1:${port}/ehr/plain.html`));
    return times;
  } finally {
    await context.close();
  }
}

/**
 * Coplan's first screen as its first render draws it on a new install (no session, so no clinical
 * text): its markup without scripts, the stylesheets it uses, and the frame's width. Shown
 * by the bare extension, it is what this screen costs a frame with no script at all, the floor any
 * way of starting the sidebar could reach (a prerender included).
 */
async function firstScreen(): Promise<StaticScreen> {
  const coplan = await startCoplan();
  try {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    await clickCoplan(page, 'button', 'Open Coplan');
    const frame = await frameIn(page, isSidebarUrl, 'The Coplan frame');
    return await frame.evaluate(async () => {
      while (!performance.getEntriesByName('coplan:interactive').length) await new Promise((resolve) => setTimeout(resolve, 2));
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('script').forEach((script) => script.remove());
      // The first render draws one domain; by the time this runs the next frames may have drawn more.
      body.querySelectorAll('section.domain').forEach((domain, n) => n > 0 && domain.remove());
      const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      return { body: body.innerHTML, css, width: innerWidth };
    });
  } finally {
    await coplan.close();
  }
}

/**
 * Sidebar open → interactive on a plain EHR page, beside the bare extension frame's open in the same
 * run, and beside the bare frame showing Coplan's first screen as static markup (no budget: it says
 * how much of the gap to the bare frame is the screen itself rather than the script that draws it).
 */
export async function sidebarOpen(): Promise<Measure[]> {
  const bare = bareExtension();
  const asStatic = bareExtension({ screen: await firstScreen() });
  const server = await startFixtureServer();
  const phases: Phases[] = [];
  const reopens: number[] = [];
  const [coplan, floor, still] = [{ first: [] as number[], later: [] as number[] }, { first: [] as number[], later: [] as number[] }, { first: [] as number[], later: [] as number[] }];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [into, times] of [[coplan, await coplanRound(phases, reopens)], [floor, await bareRound(bare, server.port)], [still, await bareRound(asStatic, server.port)]] as const) {
        into.first.push(times[0]!);
        into.later.push(...times.slice(1));
      }
    }
  } finally {
    await server.close();
  }
  const [median, p95] = [(xs: number[]) => percentile(xs, 50), (xs: number[]) => percentile(xs, 95)];
  console.log(
    `Sidebar open over ${ROUNDS} fresh profiles: first median ${Math.round(median(coplan.first))} ms (bare frame ${Math.round(median(floor.first))} ms), ` +
      `later median ${Math.round(median(coplan.later))} ms, p95 ${Math.round(p95(coplan.later))} ms (bare frame ${Math.round(median(floor.later))} ms, p95 ${Math.round(p95(floor.later))} ms); ` +
      `Coplan's first screen as static markup in the bare frame: first median ${Math.round(median(still.first))} ms (${ratio(median(still.first), median(floor.first))}× the bare frame), ` +
      `later median ${Math.round(median(still.later))} ms, p95 ${Math.round(p95(still.later))} ms; ` +
      `closed and opened again on the same page: median ${Math.round(median(reopens))} ms, p95 ${Math.round(p95(reopens))} ms`,
  );
  const step = (key: keyof Phases) => Math.round(median(phases.map((p) => p[key])));
  console.log(
    `Coplan's later opens, median ms from the click: frame navigation starts ${step('frameStart')}, its document interactive ${step('domInteractive')}, ` +
      `session read ${step('sessionLoaded')}, interactive ${step('interactive')}`,
  );
  return [
    ...spread('bare-frame-open-first', floor.first, undefined),
    ...spread('bare-frame-open-later', floor.later, undefined),
    ...spread('sidebar-open-interactive-first', coplan.first, undefined),
    ...spread('static-first-screen-open-first', still.first, undefined),
    ...spread('static-first-screen-open-later', still.later, undefined),
    { id: 'static-first-screen-first-median-ratio-to-bare', value: ratio(median(still.first), median(floor.first)), unit: '×', samples: ROUNDS },
    // What Coplan's script adds over drawing its own first screen: the part of a first open that speed
    // work can reach (issue 20 is blocked on the goal above, which the static screen alone misses).
    { id: 'sidebar-open-first-median-ratio-to-static-first-screen', value: ratio(median(coplan.first), median(still.first)), unit: '×', samples: ROUNDS },
    ...spread('sidebar-open-interactive-later', coplan.later, 200),
    // A later open as a clinician mostly meets it, closing and opening on the same record; the
    // bench's later opens above are each on a newly loaded page, so each makes a new frame.
    ...spread('sidebar-reopen-same-page', reopens, 200),
    // Issue 20 item 1's goals, as ratios to the browser's own floor measured beside them.
    { id: 'sidebar-open-first-median-ratio-to-bare', value: ratio(median(coplan.first), median(floor.first)), unit: '×', budget: 1.15, samples: ROUNDS },
    { id: 'sidebar-open-later-p95-ratio-to-bare', value: ratio(p95(coplan.later), p95(floor.later)), unit: '×', budget: 1.5, samples: coplan.later.length },
  ];
}
