import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../../scripts/chromium';
import { startCoplan } from '../e2e/support/coplan';
import { startFixtureServer } from '../e2e/support/servers';
import { percentile, type Measure } from './report';

/** A module of the content script's, bundled for the page so it runs as it does in Chromium. */
async function pageBundle(module: string, globalName: string): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, '../..', module)],
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
  });
  return out.outputFiles[0]!.text;
}

/** Field scan time on the 5,000-input page, in real Chromium. */
async function fieldScan(): Promise<Measure> {
  const server = await startFixtureServer();
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/ehr/many-inputs.html`);
    await page.addScriptTag({ content: await pageBundle('core/ehr/fields.ts', 'CoplanFields') });
    const times = await page.evaluate(() => {
      const scan = (window as unknown as { CoplanFields: { scanFields(d: Document): { fields: unknown[] } } }).CoplanFields.scanFields;
      const out: number[] = [];
      for (let i = 0; i < 15; i++) {
        const began = performance.now();
        if (scan(document).fields.length !== 5001) throw new Error('the scan missed fields');
        out.push(performance.now() - began);
      }
      return out;
    });
    return { id: 'field-scan-5000-inputs-p95', value: Math.round(percentile(times, 95) * 10) / 10, unit: 'ms', budget: 50 };
  } finally {
    await browser.close();
    await server.close();
  }
}

type ContextModule = typeof import('../../core/ehr/page-context');

/**
 * Issue 13's budget for the check inside the insert on the 5,000-input page: read the page's
 * context (a person rule whose element is the page's last), find its keyed form among those the
 * content script remembers, compare with what the clinician saw. Keying itself happens in the
 * background when the sidebar asks for the context, before the insert, and is not part of it.
 */
async function insertContextCheck(): Promise<Measure> {
  const server = await startFixtureServer();
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/ehr/many-inputs.html`);
    await page.addScriptTag({ content: await pageBundle('core/ehr/page-context.ts', 'CoplanContext') });
    const times = await page.evaluate(() => {
      const { readRawContext, sameContext, sameRawContext } = (window as unknown as { CoplanContext: ContextModule }).CoplanContext;
      const rule = { selector: 'label[for="plan"]' };
      const seen = readRawContext(document, rule);
      const saw = { pageHash: 'a'.repeat(64), personHash: 'b'.repeat(64) };
      const remembered = new Map([[JSON.stringify([seen.page, seen.person]), saw]]);
      const out: number[] = [];
      for (let i = 0; i < 200; i++) {
        const began = performance.now();
        const now = readRawContext(document, rule);
        const keyed = remembered.get(JSON.stringify([now.page, now.person]));
        if (!keyed || !sameContext(keyed, saw) || !sameRawContext(now, seen)) throw new Error('the check refused an unchanged page');
        out.push(performance.now() - began);
      }
      return out;
    });
    return { id: 'insert-context-check-5000-inputs-p95', value: Math.round(percentile(times, 95) * 100) / 100, unit: 'ms', budget: 2 };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Renderer script time for loading a page, read from Chromium's own counters. */
async function scriptTimes(open: () => Promise<import('playwright-core').Page>, url: string, runs: number): Promise<number[]> {
  const page = await open();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // The counter is cumulative for the tab, so each load's share is the difference.
  const read = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const times: number[] = [];
  let before = await read();
  for (let i = 0; i < runs; i++) {
    await page.goto(url);
    await page.waitForTimeout(150);
    const after = await read();
    times.push(after - before);
    before = after;
  }
  await page.close();
  return times;
}

/** What the content script adds to a page's load: script time with Coplan minus without. */
async function contentScriptLoad(): Promise<Measure> {
  const RUNS = 12;
  const coplan = await startCoplan();
  const server = await startFixtureServer();
  const plain = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox'] });
  try {
    const url = coplan.url('ehr/plain.html');
    const withCoplan = await scriptTimes(() => coplan.context.newPage(), url, RUNS);
    const without = await scriptTimes(() => plain.newPage(), `http://127.0.0.1:${server.port}/ehr/plain.html`, RUNS);
    const median = (xs: number[]) => percentile(xs.slice(2), 50);
    // Not clamped (issue 20 item 5): a difference at or below zero says this counter did not see the
    // content script, which Chromium's ScriptDuration may leave out with the isolated world.
    const difference = Math.round((median(withCoplan) - median(without)) * 10) / 10;
    if (difference <= 0) console.log(`content-script-load-scripting read ${difference} ms: ScriptDuration did not see the content script; treat this measure as blind`);
    return { id: 'content-script-load-scripting', value: difference, unit: 'ms', budget: 5 };
  } finally {
    await plain.close();
    await coplan.close();
    await server.close();
  }
}

export async function ehrSpeed(): Promise<Measure[]> {
  return [await fieldScan(), await insertContextCheck(), await contentScriptLoad()];
}
