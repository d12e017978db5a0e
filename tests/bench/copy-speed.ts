import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { openSidebar, startCoplan } from '../e2e/support/coplan';
import { sidebarSteps } from '../e2e/support/sidebar';
import { loadBuiltInContent } from '../../scripts/content-loader';
import { fullSession } from '../fixtures/full-session';
import { generateSummary, type SummaryOptions } from '../../core/summary/summary';
import { spread, type Measure } from './report';

const RUNS = 21;

/**
 * Issue 14's budgets. The review step for a full session with the preview it builds (every prompt explored with a note, ten
 * actions, every option) rendered with Preact into happy-dom, median and p95 of 50 fresh renders after
 * warm-up: a DOM slower than Chromium's, so the figure errs high; with its thread's CPU time beside it. The person's copy timed in
 * Chromium from navigation start to the page's own 'coplan:copy-painted' mark (the frame after
 * it rendered), median and p95 of the 20 runs after the first.
 */
export async function copySpeed(): Promise<Measure[]> {
  return [...(await reviewRender()), ...(await copyOpen())];
}

/**
 * Milliseconds of CPU this thread has had (Linux's schedstat), NaN where /proc does not say. On a
 * shared machine the render's slow samples in a full bench were its thread waiting for a core (up
 * to 200 ms of run-queue delay) while its own CPU time stayed 3–12 ms: beside the render's time it
 * tells Coplan's work from the machine's other load.
 */
function threadCpu(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

async function reviewRender(): Promise<Measure[]> {
  const window = new Window();
  Object.assign(globalThis, { window, document: window.document, Node: window.Node, HTMLElement: window.HTMLElement, Event: window.Event });
  const [{ h, render }, { RecordReview }] = await Promise.all([import('preact'), import('../../components/sidebar/summary/RecordReview')]);
  const { framework } = loadBuiltInContent(resolve(import.meta.dirname, '../../content'));
  const session = fullSession(framework, Date.now());
  const times: number[] = [];
  const cpu: number[] = [];
  const once = () => {
    const root = window.document.createElement('div');
    const cpuBefore = threadCpu();
    const began = performance.now();
    render(h(RecordReview, { framework, session, onReview: () => undefined, children: (agreed: SummaryOptions) => h('p', null, generateSummary(framework, session, agreed).length) }), root as unknown as Element);
    times.push(performance.now() - began);
    cpu.push(threadCpu() - cpuBefore);
    render(null, root as unknown as Element);
  };
  for (let i = 0; i < 10; i++) once();
  times.length = cpu.length = 0;
  for (let i = 0; i < 50; i++) once();
  await window.happyDOM.close();
  return [...spread('review-step-render-full-session', times, 16, 'ms', 1), ...(Number.isNaN(cpu[0]) ? [] : spread('review-step-render-full-session-thread-cpu', cpu, undefined, 'ms', 1))];
}

async function copyOpen(): Promise<Measure[]> {
  const coplan = await startCoplan();
  const timings: number[] = [];
  try {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const steps = sidebarSteps(sidebar);
    await steps.start('Bench copy');
    await steps.fillRecord();
    const [copy] = await Promise.all([coplan.context.waitForEvent('page'), sidebar.getByRole('button', { name: "Person's copy" }).click()]);
    await copy.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
    const url = copy.url();
    for (let run = 0; run < RUNS; run++) {
      await copy.goto(url);
      const painted = await copy.waitForFunction(() => performance.getEntriesByName('coplan:copy-painted')[0]?.startTime);
      timings.push((await painted.jsonValue()) as number);
    }
  } finally {
    await coplan.close();
  }
  return [
    { id: 'person-copy-open-painted-first', value: Math.round(timings[0]!), unit: 'ms', budget: 300, samples: 1 },
    ...spread('person-copy-open-painted', timings.slice(1), 300),
  ];
}
