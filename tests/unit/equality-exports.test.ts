import { describe, expect, it } from 'vitest';
import { equalityCsv, feedbackResponses, measureReport } from '../../core/equality/exports';
import { equalityView } from '../../core/equality/view';
import type { FeedbackRow } from '../../core/feedback/schema';
import { feedbackTalliesOf } from '../../core/feedback/tallies';

const row = (i: number, code: string): FeedbackRow => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, week: '2026-11-09', team: 'team-north', carer: 0, training: 0,
  framework: 'coplan-core@1.0.0', scores: ['listened', i % 3 ? 4 : 0], equality: ['ethnicity', code],
});
// 30 White British responses, 12 Indian and 2 Black African: the 2 is hidden, and the 12 with it.
const rows = [...Array.from({ length: 30 }, (_, i) => row(i, 'A')), ...Array.from({ length: 12 }, (_, i) => row(100 + i, 'H')), row(200, 'N'), row(201, 'N')];
const view = equalityView([], feedbackTalliesOf(rows), { to: '2026-11-30', domains: [], statements: [['listened', 'I felt listened to.']] });
let n = 0;
const newId = () => `id-${++n}`;

describe('equality and feedback exports', () => {
  it('writes the tables to CSV exactly as suppressed on screen, never a count from 1 to 7', () => {
    const csv = equalityCsv(view);
    expect(csv).toContain('Black or Black British,*,');
    expect(csv).toContain('White,30,');
    const numbers = csv.split(/\r\n/).filter((l) => /^(White|Mixed|Asian|Black|Other|Not stated|Prefer|No answer|All)/.test(l)).flatMap((l) => l.split(',').slice(1));
    expect(numbers.filter((c) => /^[1-7]$/.test(c))).toEqual([]);
    expect(numbers.every((c) => c === '*' || Number(c) % 5 === 0)).toBe(true);
  });

  it('masks hidden counts in the FHIR MeasureReport and shows the rest rounded', () => {
    const report = measureReport(view, Date.parse('2026-12-01T00:00:00Z'), 'report-1');
    const responses = report.group.find((g) => g.code.coding[0]!.code === 'responses')!;
    const stratum = (key: string) => responses.stratifier[0]!.stratum.find((s) => s.value.coding[0]!.code === key)!.population[0]!;
    expect(stratum('black')).not.toHaveProperty('count');
    expect(stratum('black')).toMatchObject({ extension: [{ valueCode: 'masked' }] });
    expect(stratum('white')).toMatchObject({ count: 30 });
    expect(report.period).toEqual({ start: '2026-10-01', end: '2026-12-31' });
  });

  it('exports feedback as anonymous QuestionnaireResponses that name a group only where its count is shown', () => {
    const responses = feedbackResponses(view, rows, 'urn:coplan:feedback-questionnaire|coplan-core@1.0.0', newId);
    expect(responses).toHaveLength(rows.length);
    const groupsOf = (i: number) => responses[i]!.item.filter((it) => it.linkId === 'ethnic-group').map((it) => it.answer[0]!.valueCoding!.code);
    expect(groupsOf(0)).toEqual(['white']);
    expect(groupsOf(30)).toEqual([]);
    expect(groupsOf(42)).toEqual([]);
    const text = JSON.stringify(responses);
    for (const absent of ['subject', 'author', 'authored', 'team-north', '2026-11-09', rows[0]!.id]) expect(text).not.toContain(absent);
    expect(responses[0]!.item.find((it) => it.linkId === 'listened')!.answer).toEqual([{ valueCoding: { system: 'urn:coplan:answer', code: 'prefer-not-to-say' } }]);
  });
});
