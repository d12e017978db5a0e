/**
 * Where an open's time goes, Coplan's beside the bare extension frame's (issue 20 item 1): each
 * round a fresh profile for each, two opens on fresh page loads, every open traced with Chromium's
 * own tracing, then the median of each step from the click. Not a measure with a budget (tracing
 * slows what it watches): it says which step to look at.
 *
 *   npx tsx tests/bench/trace-sidebar-open.ts [rounds]   (after `npm run build:test`)
 */
import { loadavg } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../../scripts/chromium';
import { startCoplan } from '../e2e/support/coplan';
import { startFixtureServer } from '../e2e/support/servers';
import { bareExtension } from './bare-extension';
import { openPhases, type OpenPhases } from './open-phases';
import { percentile } from './report';
import { timeBareOpen, timeSidebarOpen } from './sidebar-open';
import { traceWhile } from './trace';

const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'navigation', 'v8', 'disabled-by-default-v8.compile'];
const OPENS = 2;

async function traceOpens(context: BrowserContext, open: (page: Page) => Promise<number>, mark: string, into: OpenPhases[][]): Promise<void> {
  const page = await context.newPage();
  for (let n = 0; n < OPENS; n++) {
    const phases = openPhases(await traceWhile(page, CATEGORIES, () => open(page)), mark);
    if (phases) into[n]!.push(phases);
  }
}

function print(who: string, opens: OpenPhases[][]): void {
  opens.forEach((samples, n) => {
    // A step the frame does not have (the bare frame loads no modules) is left out.
    const steps = (Object.keys(samples[0] ?? {}) as (keyof OpenPhases)[]).flatMap((key) => {
      const values = samples.map((s) => s[key]).filter((v) => !Number.isNaN(v));
      return values.length ? [`${key} ${Math.round(percentile(values, 50) * 10) / 10}`] : [];
    });
    console.log(`${who}, ${n ? 'later' : 'first'} open (median of ${samples.length}, ms): ${steps.join(', ')}`);
  });
}

const rounds = Number(process.argv[2] ?? 5);
console.log(`Load average at start: ${loadavg().map((l) => l.toFixed(2)).join(', ')}; tracing slows every step, so read these against each other.`);
const server = await startFixtureServer();
const bare = bareExtension();
const [coplanOpens, bareOpens] = [Array.from({ length: OPENS }, () => [] as OpenPhases[]), Array.from({ length: OPENS }, () => [] as OpenPhases[])];
try {
  for (let round = 0; round < rounds; round++) {
    const coplan = await startCoplan();
    try {
      await traceOpens(coplan.context, (page) => timeSidebarOpen(page, coplan.url('ehr/plain.html')), 'coplan:interactive', coplanOpens);
    } finally {
      await coplan.close();
    }
    const context = await launchWithExtension({ extensionPath: bare, headless: true });
    try {
      await traceOpens(context, (page) => timeBareOpen(page, `http://127.0.0.1:${server.port}/ehr/plain.html`), 'bare:interactive', bareOpens);
    } finally {
      await context.close();
    }
  }
} finally {
  await server.close();
}
print('Coplan', coplanOpens);
print('Bare frame', bareOpens);
