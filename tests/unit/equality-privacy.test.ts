import { describe, expect, it } from 'vitest';
import { auditDump } from '../fixtures/audit/tables';
import { catalogueOf } from '../../core/audit/aggregate';
import { createDashboardModel } from '../../core/audit/dashboard-model';
import { labelsFrom } from '../../core/audit/labels';
import { createAuditRecorder } from '../../core/audit/recorder';
import type { AuditInput } from '../../core/audit/schema';
import { CoplanDb } from '../../core/db';
import { feedbackFileText, importFeedbackFile } from '../../core/feedback/exchange';
import { saveFeedback, type FeedbackAnswers, type FeedbackStamp } from '../../core/feedback/store';
import { readFeedbackRow, type FeedbackRow } from '../../core/feedback/schema';
import { smallFramework } from '../fixtures/small-framework';

// Issue 16: free text never reaches the rollups, the feedback store or any export; equality codes
// appear only as suppressed aggregates; feedback rows are anonymous; bad feedback files are
// refused whole.
const MARKER = 'Zq7 MARKER «Ünïcode» 🙂';
const NOW = Date.parse('2026-11-12T10:00:00Z');
let n = 0;
const fresh = () => new CoplanDb(`equality-privacy-${++n}`);
const stamp = (i = 1): FeedbackStamp => ({ team: 'team-north', framework: 'coplan-core@1.0.0', training: false, now: NOW, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` });
const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text });

describe('privacy of equality answers and feedback', () => {
  it('keeps equality answers out of the usage exports, and free text out of the audit tables', async () => {
    const db = fresh();
    const errors: string[] = [];
    const audit = createAuditRecorder({ db, clinician: () => 'clinician-a', team: () => 'team-north', training: false, now: () => NOW, onError: (r, d) => errors.push(`${r} ${d}`) });
    const ids = { sessionId: 'session-1', frameworkId: smallFramework.id, frameworkVersion: smallFramework.version };
    await audit.record({ ...ids, type: 'session-started' });
    await audit.record({ ...ids, type: 'equality-recorded', answers: { ethnicity: 'M', religion: 'prefer-not-to-say' } });
    await audit.record({ ...ids, type: 'equality-recorded', answers: { ethnicity: MARKER } } as unknown as AuditInput);
    await audit.record({ ...ids, type: 'equality-recorded', answers: { ethnicity: 'M', note: MARKER } } as unknown as AuditInput);
    expect(errors).toHaveLength(2);
    const dump = await auditDump(db);
    expect(dump).not.toContain('MARKER');
    expect(dump).toContain('"equality":["ethnicity","M","religion","prefer-not-to-say"]');

    const model = createDashboardModel({ db, catalogue: catalogueOf(smallFramework), labels: labelsFrom(smallFramework), query: '?from=2026-11-01&to=2026-11-30', now: () => NOW });
    await model.load();
    for (const kind of ['events', 'fhir', 'tables'] as const) {
      const text = (await model.exportFile(kind)).text;
      expect(text, kind).not.toContain('equality');
      expect(text, kind).not.toContain('prefer-not-to-say');
    }
    // The file a clinician sends their team lead keeps the codes, to be counted there.
    expect((await model.exportFile('records')).text).toContain('equality-recorded');
  });

  it('stores feedback with no session, clinician or time finer than a week, and refuses free text', async () => {
    const db = fresh();
    expect(await saveFeedback(db, { carer: false, scores: { listened: 4, concern: 0 }, equality: { ethnicity: 'A' } }, stamp())).toBe(true);
    const [row] = await db.feedback.toArray();
    expect(row).toEqual({ id: stamp().id, week: '2026-11-09', team: 'team-north', carer: 0, training: 0, framework: 'coplan-core@1.0.0', scores: ['listened', 4, 'concern', 0], equality: ['ethnicity', 'A'] });
    for (const bad of <FeedbackAnswers[]>[
      { carer: false, scores: { [MARKER]: 4 }, equality: {} },
      { carer: false, scores: { listened: 4 }, equality: { ethnicity: MARKER } },
      { carer: false, scores: { listened: 9 }, equality: {} },
    ]) expect(await saveFeedback(db, bad, stamp(2))).toBe(false);
    expect(readFeedbackRow({ ...row, sessionId: 'session-1' })).toBeUndefined();
    expect(readFeedbackRow({ ...row, clinician: 'clinician-a' })).toBeUndefined();
    expect(readFeedbackRow({ ...row, at: NOW })).toBeUndefined();
    expect(JSON.stringify(await db.feedback.toArray())).not.toContain('MARKER');
    expect(JSON.stringify(await db.feedbackTallies.toArray())).not.toContain('MARKER');
  });

  it('merges a team’s feedback files once however often they come, and refuses a file with a bad row whole', async () => {
    const source = fresh();
    for (let i = 1; i <= 3; i++) await saveFeedback(source, { carer: i === 3, scores: { listened: i }, equality: {} }, stamp(i));
    const rows = await source.feedback.toArray();
    const text = await feedbackFileText(rows, NOW);
    const lead = fresh();
    expect(await importFeedbackFile(lead, file('a.json', text))).toEqual({ name: 'a.json', ok: true, added: 3, alreadyHeld: 0 });
    expect(await importFeedbackFile(lead, file('a.json', text))).toEqual({ name: 'a.json', ok: true, added: 0, alreadyHeld: 3 });

    const bad: FeedbackRow[] = [...rows.slice(0, 2), { ...rows[2]!, id: '00000000-0000-4000-8000-000000000099', scores: [MARKER, 4] }];
    const report = await importFeedbackFile(fresh(), file('bad.json', await feedbackFileText(bad, NOW)));
    expect(report).toEqual({ name: 'bad.json', ok: false, problem: 'has an invalid feedback row (number 3). Nothing from this file was added.' });
    const empty = fresh();
    await importFeedbackFile(empty, file('bad.json', await feedbackFileText(bad, NOW)));
    expect(await empty.feedback.count()).toBe(0);

    const tampered = text.replace('"listened",1', '"listened",5');
    expect(await importFeedbackFile(lead, file('t.json', tampered))).toMatchObject({ ok: false, problem: 'has been changed since it was exported (its checksum does not match).' });
    const clash = await feedbackFileText([{ ...rows[0]!, carer: 1 }], NOW);
    expect(await importFeedbackFile(lead, file('c.json', clash))).toMatchObject({ ok: false, problem: `has a feedback row with id ${rows[0]!.id} that is already held with different content.` });
    expect(await lead.feedback.count()).toBe(3);
  });
});
