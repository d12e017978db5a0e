import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { aggregate, catalogueOf } from '/work/main/core/audit/aggregate';
import { defaultFilters } from '/work/main/core/audit/filters';
import { loadBuiltInContent } from '/work/main/scripts/content-loader';
import { asRows, generateEvents } from '/work/main/tests/bench/audit-data';
const NOW = Date.parse('2026-11-25T12:00:00Z');
const { framework } = loadBuiltInContent('/work/main/content');
let t = performance.now();
const rows = asRows(generateEvents(framework, 1_000_000, NOW));
console.log('gen', performance.now() - t, rows.length);
for (let i = 0; i < 3; i++) { t = performance.now(); const v = aggregate(rows, defaultFilters(NOW), catalogueOf(framework)); console.log('agg', performance.now() - t, v.sessions); }
