import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { aggregate, aggregateRollups, catalogueOf } from '../../core/audit/aggregate';
import { auditFileText, importAuditFile } from '../../core/audit/exchange';
import { defaultFilters } from '../../core/audit/filters';
import { ROLLUPS_BUILT, rollupsOf } from '../../core/audit/rollups';
import { readSessions, SESSION_MARGIN_MS } from '../../core/audit/store';
import { readRollups } from '../../core/audit/rollups';
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
 * Dashboard first render with 1,000,000 events stored: the model as the page runs it (rollups-built
 * check, [training+start] read of the rollups from fake-indexeddb, event count, aggregation) and
 * Preact rendering every table into happy-dom. The events table is a stand-in answering count,
 * first and last (holding a million rows in fake-indexeddb would take minutes); no canvas charts.
 */
async function firstRender(rollupDb: CoplanDb, eventCount: number, first: unknown, last: unknown, framework: ReturnType<typeof loadBuiltInContent>['framework']): Promise<number> {
  const window = new Window({ url: 'chrome-extension://bench/dashboard.html' });
  Object.assign(globalThis, { window, document: window.document, requestAnimationFrame: window.requestAnimationFrame.bind(window), cancelAnimationFrame: window.cancelAnimationFrame.bind(window) });
  const [{ h, render }, { DashboardApp }, { createDashboardModel }, { labelsFrom }] = await Promise.all([
    import('preact'), import('../../components/dashboard/DashboardApp'), import('../../core/audit/dashboard-model'), import('../../core/audit/labels'),
  ]);
  const events = { count: async () => eventCount, orderBy: () => ({ first: async () => first, last: async () => last }) };
  const db = { auditSessions: rollupDb.auditSessions, auditEvents: events, transaction: () => { throw new Error('rollups should already be built'); } };
  const labels = labelsFrom(framework);
  const began = performance.now();
  const rendered = new Promise<number>((done) => {
    const model = createDashboardModel({ db: db as unknown as CoplanDb, catalogue: catalogueOf(framework), labels, query: '', now: () => NOW });
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
 * session through [training+start] and aggregates those; importing writes events and rollups.
 */
export async function auditSpeed(): Promise<Measure[]> {
  const { framework } = loadBuiltInContent(resolve(import.meta.dirname, '../../content'));
  const filters = defaultFilters(NOW);
  const catalogue = catalogueOf(framework);
  const rows = asRows(generateEvents(framework, MILLION, NOW));
  const rollups = [...rollupsOf(rows).values()];
  // The default view's rollups, as readRollups returns them (the margin either side included).
  const db = new CoplanDb('bench-audit-read');
  await db.auditSessions.bulkAdd([...rollups, ROLLUPS_BUILT] as never[]);
  const inView = await readRollups(db, filters, SESSION_MARGIN_MS);
  if (JSON.stringify(aggregateRollups(inView, filters, catalogue)) !== JSON.stringify(aggregate(rows, filters, catalogue))) throw new Error('Rollups and events disagree');

  aggregateRollups(inView.slice(0, 1000), filters, catalogue); // warm the JIT
  const aggregations: number[] = [];
  for (let run = 0; run < 3; run++) aggregations.push(await time(() => aggregateRollups(inView, filters, catalogue)));
  const eventAggregation = await time(() => aggregate(rows, filters, catalogue));
  const reads: number[] = [];
  for (let run = 0; run < 3; run++) reads.push(await time(() => readSessions(db, filters)));
  const sessions = aggregateRollups(inView, filters, catalogue).sessions;

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

  const render = await firstRender(db, rows.length, rows[0], rows.at(-1), framework);
  db.close();
  console.log(
    `Audit: ${sessions} sessions in the default view from ${rows.length} events (${rollups.length} rollups, ${inView.length} read); ` +
    `rollup aggregation runs ${aggregations.map(ms).join(', ')} ms (the old pass over every event: ${ms(eventAggregation)} ms); ` +
    `fake-indexeddb rollup read ${reads.map(ms).join(', ')} ms; import of 100,000 ${ms(imported)} ms; first render ${ms(render)} ms`,
  );
  return [
    { id: 'audit-aggregate-1m-default-view-from-rollups', value: ms(Math.max(...aggregations)), unit: 'ms', budget: 1000 },
    { id: 'audit-import-100k-fake-indexeddb', value: ms(imported), unit: 'ms', budget: 5000 },
    { id: 'dashboard-first-render-1m-happy-dom-fake-indexeddb', value: ms(render), unit: 'ms', budget: 1500 },
    { id: 'audit-rollup-read-1m-default-view-fake-indexeddb', value: ms(Math.max(...reads)), unit: 'ms', budget: 1000 },
  ];
}
