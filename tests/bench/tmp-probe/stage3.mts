import 'fake-indexeddb/auto';
import { CoplanDb } from '../../../core/db';
import { auditFileText, checksumOf } from '../../../core/audit/exchange';
import { AuditEventSchema, toRow } from '../../../core/audit/schema';
import { loadBuiltInContent } from '../../../scripts/content-loader';
import { generateEvents } from '../audit-data';
const NOW = Date.parse('2026-11-25T12:00:00Z');
const { framework } = loadBuiltInContent('/work/main/content');
const events = generateEvents(framework, 100_000, NOW);
const text = await auditFileText(events, NOW);
let t = performance.now();
const lap = (l: string) => { const n = performance.now(); console.log(l, Math.round(n - t)); t = n; };
const data = JSON.parse(text); lap('parse');
await checksumOf(data.events); lap('checksum');
const parsed = data.events.map((e: unknown) => AuditEventSchema.parse(e)); lap('zod');
const db = new CoplanDb('y');
await db.open(); lap('open');
await db.transaction('rw', db.auditEvents, async () => {
  const got = await db.auditEvents.bulkGet(parsed.map((e: { id: string }) => e.id)); lap('bulkGet');
  await db.auditEvents.bulkAdd(parsed.map((e: never) => toRow(e, 'imported'))); lap('bulkAdd');
});
lap('commit');
const db2 = new CoplanDb('z');
await db2.open();
await db2.transaction('rw', db2.auditEvents, async () => {
  const keys = await db2.auditEvents.where('at').between(0, Infinity).primaryKeys(); lap('keys');
});
