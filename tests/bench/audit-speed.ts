import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { aggregate, aggregateRollups, catalogueOf } from '../../core/audit/aggregate';
import { auditFileText, importAuditFile } from '../../core/audit/exchange';
import { defaultFilters } from '../../core/audit/filters';
import { observedPrompts } from '../../core/audit/event-store';
import { dayCountsOf } from '../../core/audit/day-counts';
import { rollupsOf } from '../../core/audit/rollups';
import { readSessions } from '../../core/audit/store';
import { CoplanDb } from '../../core/db';
import { loadBuiltInContent } from '../../scripts/content-loader';
import { asRows, generateEvents } from './audit-data';
import type { Measure } from './report';

const MILLION = 1_000_000;
const NOW = Date.parse('2026-11-25T12:00:00Z');
const ms = (n: number) => Math.round(n);

async function time(run: () => unknown): Promise<number> {
  const began = performance.now();
  await run();
  return performance.now() - began;
}

/**
 * Dashboard first render with 1,000,000 events' rollups stored: the model as the page runs it
 * ([training+start] read of the rollups from fake-indexeddb, prompts seen, session count,
 * aggregation) and Preact rendering every table into happy-dom; no canvas charts.
 */
async function firstRender(db: CoplanDb, framework: ReturnType<typeof loadBuiltInContent>['framework']): Promise<number> {
  const window = new Window({ url: 'chrome-extension://bench/dashboard.html' });
  Object.assign(globalThis, { window, document: window.document, requestAnimationFrame: window.requestAnimationFrame.bind(window), cancelAnimationFrame: window.cancelAnimationFrame.bind(window) });
  const [{ h, render }, { DashboardApp }, { createDashboardModel }, { labelsFrom }] = await Promise.all([
    import('preact'), import('../../components/dashboard/DashboardApp'), import('../../core/audit/dashboard-model'), import('../../core/audit/labels'),
  ]);
  const labels = labelsFrom(framework);
  const began = performance.now();
  const rendered = new Promise<number>((done) => {
    const model = createDashboardModel({ db, catalogue: catalogueOf(framework), labels, query: '', now: () => NOW });
    render(h(DashboardApp, { model, labels, save: () => {}, now: NOW, onRendered: () => done(performance.now() - began) }), window.document.body as unknown as HTMLElement);
    void model.load();
  });
  const took = await rendered;
  if (!window.document.body.textContent?.includes('Coverage by domain')) throw new Error('The dashboard did not render its tables');
  await window.happyDOM.close();
  return took;
}

/**
 * Issue 7's budgets on generated data, measuring what the dashboard does: it reads one rollup per
 * session through [training+start] and aggregates those; importing writes blocks, ids and rollups.
 */
export async function auditSpeed(): Promise<Measure[]> {
  const { framework } = loadBuiltInContent(resolve(import.meta.dirname, '../../content'));
  const filters = defaultFilters(NOW);
  const catalogue = catalogueOf(framework);
  const rows = asRows(generateEvents(framework, MILLION, NOW));
  const { rollups, observed } = rollupsOf(rows);
  // The rollups and their day counts as stored (writing a million events into fake-indexeddb would take minutes; Chromium's bench does store them).
  const db = new CoplanDb('bench-audit-read');
  await db.auditSessions.bulkAdd(rollups);
  // The day counts the dashboard reads, as the transaction that writes rollups keeps them.
  await db.auditDays.bulkAdd(dayCountsOf(rollups));
  await db.auditPrompts.bulkAdd([...observed].map(([key, domains]) => ({ framework: key, domains: [...domains].map(([d, ids]) => [d, [...ids]] as [string, string[]]) })));
  const inView = await readSessions(db, filters);
  const stored = await observedPrompts(db);
  if (JSON.stringify(aggregateRollups(inView, filters, catalogue, stored)) !== JSON.stringify(aggregate(rows, filters, catalogue))) throw new Error('Stored rollups and events disagree');

  aggregateRollups(inView.slice(0, 1000), filters, catalogue, stored); // warm the JIT
  const aggregations: number[] = [];
  for (let run = 0; run < 3; run++) aggregations.push(await time(() => aggregateRollups(inView, filters, catalogue, stored)));
  const eventAggregation = await time(() => aggregate(rows, filters, catalogue));
  const reads: number[] = [];
  for (let run = 0; run < 3; run++) reads.push(await time(() => readSessions(db, filters)));
  const sessions = aggregateRollups(inView, filters, catalogue, stored).sessions;

  const events = generateEvents(framework, 100_000, NOW);
  const text = await auditFileText(events, NOW);
  const fresh = new CoplanDb('bench-audit-import');
  let added = 0;
  const imported = await time(async () => {
    const report = await importAuditFile(fresh, { name: 'bench.json', size: text.length, text: async () => text }, NOW);
    added = report.ok ? report.added : 0;
  });
  if (added !== events.length) throw new Error(`Import added ${added} of ${events.length}`);
  fresh.close();

  const render = await firstRender(db, framework);
  db.close();
  console.log(
    `Audit: ${sessions} sessions in the default view from ${rows.length} events (${rollups.length} rollups, ${inView.length} read); ` +
    `rollup aggregation runs ${aggregations.map(ms).join(', ')} ms (counting every event afresh: ${ms(eventAggregation)} ms); ` +
    `fake-indexeddb rollup read ${reads.map(ms).join(', ')} ms; import of 100,000 ${ms(imported)} ms; first render ${ms(render)} ms`,
  );
  return [
    { id: 'audit-aggregate-1m-default-view-from-rollups', value: ms(Math.max(...aggregations)), unit: 'ms', budget: 1000, baseline: ms(eventAggregation) },
    { id: 'audit-import-100k-fake-indexeddb', value: ms(imported), unit: 'ms', budget: 5000 },
    { id: 'dashboard-first-render-1m-happy-dom-fake-indexeddb', value: ms(render), unit: 'ms', budget: 1500 },
    { id: 'audit-rollup-read-1m-default-view-fake-indexeddb', value: ms(Math.max(...reads)), unit: 'ms', budget: 1000 },
  ];
}
