import { resolve } from 'node:path';
import { openFirefoxSidebar, startFirefox } from '../e2e/support/firefox';
import type { Measure } from './report';
import { spread } from './report';

const RUNS = 21;

/**
 * Sidebar open → interactive in Firefox ESR (issue 21's budget): from the Enter that opens the
 * launcher, as a keyboard user does, to the sidebar's own 'coplan:interactive' mark. Both clocks
 * are the page's and the frame's high-resolution time from their origins, on one machine clock.
 */
export async function firefoxSidebarOpen(): Promise<Measure[]> {
  // The unpacked build `npm run bench` has just made.
  const coplan = await startFirefox(resolve(import.meta.dirname, '../../.output/firefox-mv3'));
  const timings: number[] = [];
  try {
    const page = await coplan.open('ehr/plain.html');
    for (let run = 0; run < RUNS; run++) {
      if (run > 0) await page.reload();
      await page.evaluate(() => {
        type Clock = { coplanEnterAt?: number };
        document.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') (window as Clock).coplanEnterAt ??= performance.timeOrigin + event.timeStamp;
        }, { capture: true });
      });
      const sidebar = await openFirefoxSidebar(coplan, page);
      const pressedAt = await page.evaluate(() => (window as { coplanEnterAt?: number }).coplanEnterAt!);
      const interactiveAt = await sidebar.evaluateUntil<number>(`(() => { const mark = performance.getEntriesByName('coplan:interactive')[0]; return mark ? performance.timeOrigin + mark.startTime : null; })()`);
      timings.push(interactiveAt - pressedAt);
    }
  } finally {
    await coplan.close();
  }
  // The first open pays for the add-on's first start and cold caches; report it apart.
  return [
    { id: 'firefox-sidebar-open-interactive-first', value: Math.round(timings[0]!), unit: 'ms', budget: 300, samples: 1 },
    ...spread('firefox-sidebar-open-interactive', timings.slice(1), 300),
  ];
}
