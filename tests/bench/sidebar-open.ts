import type { Page } from 'playwright-core';
import { startCoplan } from '../e2e/support/coplan';
import { clickCoplan, sidebarFrameElement } from '../e2e/support/coplan-controls';
import type { Measure } from './report';
import { percentile } from './report';

const RUNS = 21; // the first open, then 20 later opens for their median and p95 (issue 20 item 5)

/**
 * Loads the page and times the launcher click to the sidebar's own 'coplan:interactive' mark, in
 * real Chromium; with `showing`, also until the sidebar shows that text (a restored session).
 * The clock starts at the click event itself: before Playwright dispatches a click it scrolls and
 * waits for the launcher to hold still for two frames, which took 25–65 ms on a 2-core machine
 * and is no part of opening the sidebar.
 */
export async function timeSidebarOpen(page: Page, url: string, showing = ''): Promise<number> {
  await page.goto(url);
  type Clock = { coplanClickedAt?: number };
  await page.evaluate(() =>
    document.addEventListener('click', (event) => ((window as Clock).coplanClickedAt = performance.timeOrigin + event.timeStamp), { capture: true, once: true }),
  );
  await clickCoplan(page, 'button', 'Open Coplan');
  const clickedAt = await page.evaluate(() => (window as Clock).coplanClickedAt!);
  const frame = (await (await sidebarFrameElement(page)).contentFrame())!;
  const interactiveAt = await frame.waitForFunction((text) => {
    const mark = performance.getEntriesByName('coplan:interactive')[0];
    return mark && document.body.textContent?.includes(text) && performance.timeOrigin + mark.startTime;
  }, showing);
  return ((await interactiveAt.jsonValue()) as number) - clickedAt;
}

/** Sidebar open → interactive on a plain EHR page. */
export async function sidebarOpen(): Promise<Measure[]> {
  const coplan = await startCoplan();
  const timings: number[] = [];
  try {
    const page = await coplan.context.newPage();
    for (let run = 0; run < RUNS; run++) timings.push(await timeSidebarOpen(page, coplan.url('ehr/plain.html')));
  } finally {
    await coplan.close();
  }
  // The first open pays for the worker and cache warming; report it apart from the steady state.
  const later = timings.slice(1);
  console.log(`Sidebar later opens (${later.length}): median ${Math.round(percentile(later, 50))} ms, p95 ${Math.round(percentile(later, 95))} ms`);
  return [
    { id: 'sidebar-open-interactive-first', value: Math.round(timings[0]!), unit: 'ms', budget: 200 },
    { id: 'sidebar-open-interactive-median', value: Math.round(percentile(later, 50)), unit: 'ms', budget: 200 },
    { id: 'sidebar-open-interactive-p95', value: Math.round(percentile(later, 95)), unit: 'ms', budget: 200 },
  ];
}
