import { describe, expect, it } from 'vitest';
import { auditDump, eventRows } from '../fixtures/audit/tables';
import { catalogueOf } from '../../core/audit/aggregate';
import { createDashboardModel, type ExportKind } from '../../core/audit/dashboard-model';
import { labelsFrom } from '../../core/audit/labels';
import { createAuditRecorder, type AuditRecorder } from '../../core/audit/recorder';
import type { AuditInput } from '../../core/audit/schema';
import { CoplanDb } from '../../core/db';
import type { Framework } from '../../core/framework/schema';
import { dexieStore } from '../../core/session/dexie-store';
import type { Session } from '../../core/session/schema';
import { newSession } from '../../core/session/session';
import { smallFramework } from '../fixtures/small-framework';

// Issue 7: every free-text field of a session holds a marker; after the whole flow is recorded,
// neither the audit table nor any export may contain it.
const MARKER = 'Zq7 MARKER «Ünïcode» 🙂';
const NOW = Date.parse('2026-03-10T10:00:00Z');

function markedSession(framework: Framework): Session {
  const session = newSession(framework, MARKER, crypto.randomUUID(), NOW - 3_600_000);
  const prompts = framework.domains.flatMap((d) => d.prompts);
  return {
    ...session,
    prompts: Object.fromEntries(prompts.map((p, i) => [p.id, { status: i % 2 ? 'declined' : 'explored', note: MARKER }])),
    record: {
      ownWords: MARKER, carerView: MARKER, disagreements: MARKER,
      actions: [{ id: 'action-1', who: MARKER, what: MARKER, byWhen: MARKER }],
      options: Object.fromEntries(framework.leastRestrictiveOptions.map((o) => [o.id, { choice: 'preferred', reason: MARKER }])),
      participants: { interpreter: true, interpreterLanguage: MARKER, interpreterKind: 'family-friend', interpreterReason: MARKER, advocate: true, carer: true, nominatedPerson: false },
      communication: { preferredLanguage: MARKER, interpreterNeeded: 'yes', support: MARKER },
      chosenServices: [],
    },
  };
}

/** Everything the sidebar records for a session, and the careless calls it must never get away with. */
async function recordFlow(audit: AuditRecorder, session: Session, framework: Framework) {
  const ids = { sessionId: session.id, frameworkId: session.frameworkId, frameworkVersion: session.frameworkVersion };
  const inputs: AuditInput[] = [
    { ...ids, type: 'session-started' },
    { ...ids, type: 'agenda-set', path: 'chosen', domainIds: framework.domains.map((d) => d.id) },
    ...framework.domains.flatMap((d) => d.prompts.map((p): AuditInput => ({ ...ids, type: 'prompt-status-set', domainId: d.id, promptId: p.id, status: session.prompts[p.id]!.status }))),
    ...Object.entries(session.record.options).map(([optionId, o]): AuditInput => ({ ...ids, type: 'option-set', optionId, outcome: o.choice })),
    ...framework.domains.flatMap((d) => d.prompts.flatMap((p) => p.guidance.map((sectionId): AuditInput => ({ ...ids, type: 'guidance-opened', sectionId, domainId: d.id })))),
    { ...ids, type: 'search-run', resultCount: 7 },
    { ...ids, type: 'insertion-failed', outcome: 'did-not-stick' },
    { ...ids, type: 'wrong-patient-warning', outcome: 'continued' },
    { ...ids, type: 'summary-copied' },
    { ...ids, type: 'summary-inserted' },
    { ...ids, type: 'session-finished' },
  ];
  const careless = [
    { ...ids, type: 'search-run', resultCount: 1, query: MARKER },
    { ...ids, type: 'guidance-opened', sectionId: MARKER },
    { ...ids, sessionId: session.label, type: 'session-started' },
    { ...ids, type: 'prompt-status-set', domainId: 'faith', promptId: session.prompts['faith-importance']!.note, status: 'explored' },
    { ...ids, type: 'agenda-set', path: 'chosen', domainIds: [MARKER] },
    { ...ids, type: 'agenda-set', path: MARKER, domainIds: [] },
  ] as AuditInput[];
  for (const input of [...inputs, ...careless]) await audit.record(input);
  return inputs.length;
}

describe('privacy of usage records', () => {
  it('keeps every free-text field out of the audit table and every export', async () => {
    const db = new CoplanDb('audit-privacy');
    const session = markedSession(smallFramework);
    await dexieStore(db).put(session);
    const errors: string[] = [];
    const audit = createAuditRecorder({ db, clinician: () => 'clinician-7f3a', team: () => 'team-north', training: false, now: () => NOW - 1_800_000, onError: (r, d) => errors.push(`${r} ${d}`) });

    const recorded = await recordFlow(audit, session, smallFramework);
    expect((await eventRows(db)).length).toBe(recorded);
    expect(errors).toHaveLength(6);
    expect(JSON.stringify(await db.sessions.toArray())).toContain(MARKER); // the clinical draft does hold it

    const model = createDashboardModel({ db, catalogue: catalogueOf(smallFramework), labels: labelsFrom(smallFramework), query: '', now: () => NOW });
    await model.load();
    expect(model.view.value?.sessions).toBe(1);
    const kinds: ExportKind[] = ['records', 'tables', 'events', 'fhir'];
    // Every audit table (event blocks, ids, rollups, prompts seen), every error and every export.
    const texts = [await auditDump(db), ...errors, ...(await Promise.all(kinds.map(async (k) => (await model.exportFile(k)).text)))];
    const forms = [MARKER, 'MARKER', 'marker', JSON.stringify(MARKER).slice(1, -1), encodeURIComponent(MARKER)];
    const hits = texts.flatMap((text, i) => forms.filter((form) => text.toLowerCase().includes(form.toLowerCase())).map((form) => `${i}: ${form}`));
    expect(hits).toEqual([]);
  });
});
