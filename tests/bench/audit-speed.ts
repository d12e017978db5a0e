import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { aggregate, catalogueOf } from '../../core/audit/aggregate';
import { auditFileText, importAuditFile } from '../../core/audit/exchange';
import { defaultFilters } from '../../core/audit/filters';
import { readRows } from '../../core/audit/store';
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
 * Dashboard first render: aggregation plus Preact rendering every table into happy-dom, from the
 * rows in memory. It leaves out the IndexedDB read and the canvas charts (none in happy-dom).
 */
async function firstRender(rows: unknown[], framework: ReturnType<typeof loadBuiltInContent>['framework']): Promise<number> {
  const window = new Window({ url: 'chrome-extension://bench/dashboard.html' });
  Object.assign(globalThis, { window, document: window.document, requestAnimationFrame: window.requestAnimationFrame.bind(window), cancelAnimationFrame: window.cancelAnimationFrame.bind(window) });
  const [{ h, render }, { DashboardApp }, { createDashboardModel }, { labelsFrom }] = await Promise.all([
    import('preact'), import('../../components/dashboard/DashboardApp'), import('../../core/audit/dashboard-model'), import('../../core/audit/labels'),
  ]);
  // The model reads through this stand-in exactly as it reads Dexie: one index range, count, first and last.
  const table = {
    where: () => ({ between: () => ({ toArray: async () => rows }) }),
    count: async () => rows.length,
    orderBy: () => ({ first: async () => rows[0], last: async () => rows.at(-1) }),
  };
  const labels = labelsFrom(framework);
  const began = performance.now();
  const rendered = new Promise<number>((done) => {
    const model = createDashboardModel({ db: { auditEvents: table } as unknown as CoplanDb, catalogue: catalogueOf(framework), labels, query: '', now: () => NOW });
    render(h(DashboardApp, { model, labels, save: () => {}, now: NOW, onRendered: () => done(performance.now() - began) }), window.document.body as unknown as HTMLElement);
    void model.load();
  });
  const took = await rendered;
  if (!window.document.body.textContent?.includes('Coverage by domain')) throw new Error('The dashboard did not render its tables');
  await window.happyDOM.close();
  return took;
}

/** Issue 7's budgets on generated data: aggregate 1,000,000 events, import 100,000, first render. */
export async function auditSpeed(): Promise<Measure[]> {
  const { framework } = loadBuiltInContent(resolve(import.meta.dirname, '../../content'));
  const filters = defaultFilters(NOW);
  const rows = asRows(generateEvents(framework, MILLION, NOW));
  const catalogue = catalogueOf(framework);
  aggregate(rows.slice(0, 50_000), filters, catalogue); // warm the JIT
  const aggregations: number[] = [];
  for (let run = 0; run < 3; run++) aggregations.push(await time(() => aggregate(rows, filters, catalogue)));
  const sessions = aggregate(rows, filters, catalogue).sessions;

  // The same index range read through Dexie, on fake-indexeddb (pure JS, not Chromium) at 100,000 rows.
  const db = new CoplanDb('bench-audit-read');
  const sample = rows.slice(-100_000);
  await db.auditEvents.bulkAdd(sample);
  const read = await time(() => readRows(db, filters));
  db.close();

  const events = generateEvents(framework, 100_000, NOW);
  const text = await auditFileText(events, NOW);
  const fresh = new CoplanDb('bench-audit-import');
  let added = 0;
  const imported = await time(async () => {
    const report = await importAuditFile(fresh, { name: 'bench.json', size: text.length, text: async () => text }, NOW);
    added = report.ok ? report.added : 0;
  });
  if (added !== events.length) throw new Error(`Import added ${added} of ${events.length}`);

  const render = await firstRender(rows, framework);
  console.log(`Audit: ${sessions} sessions from ${rows.length} events; aggregation runs ${aggregations.map(ms).join(', ')} ms; fake-indexeddb read of 100,000 rows ${ms(read)} ms; import of 100,000 ${ms(imported)} ms`);
  return [
    { id: 'audit-aggregate-1m-default-view', value: ms(Math.max(...aggregations)), unit: 'ms', budget: 1000 },
    { id: 'audit-import-100k', value: ms(imported), unit: 'ms', budget: 5000 },
    { id: 'dashboard-first-render-1m-happy-dom-no-read', value: ms(render), unit: 'ms', budget: 1500 },
    { id: 'audit-index-read-100k-fake-indexeddb', value: ms(read), unit: 'ms', budget: 1000 },
  ];
}
