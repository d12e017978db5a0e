import { csvLines } from '../audit/csv';
import { answerIn, NOT_ASKED } from './groupings';
import { SUPPRESSED, type Shown } from './suppression';
import type { EqualityTable, EqualityView } from './view';
import { readFeedbackRow } from '../feedback/schema';

// Exports for PCREF reporting (issue 16): the suppressed tables as CSV, and FHIR R4 (a
// MeasureReport of the same suppressed counts, and the feedback as anonymous
// QuestionnaireResponses). Nothing leaves here that the dashboard does not show.

const scope = (view: EqualityView) => [
  ['Coplan equality and feedback', `${view.quarter.label}: ${view.quarter.from} to ${view.quarter.to} inclusive (UK time)`],
  ['Team', view.team ?? 'all teams'],
  ['Grouped by', view.grouping.label],
  ['Small numbers', '* = a count from 1 to 7, or a count hidden so that one cannot be worked out from a total; other counts rounded to the nearest 5'],
  [],
];
const table = (title: string, t: EqualityTable) => [[title], ['group', ...t.measures.map((m) => m.label)], ...t.rows.map((r) => [r.label, ...r.cells]), []];

/** Both tables of the view, suppressed exactly as shown. */
export function equalityCsv(view: EqualityView): string {
  return csvLines([...scope(view), ...table('Sessions', view.sessions), ...table('Feedback from people and carers', view.feedback)]);
}

const MASKED = [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'masked' }];
const population = (count: Shown) => ({
  code: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/measure-population', code: 'initial-population' }] },
  ...(count === SUPPRESSED ? { extension: MASKED } : { count }),
});

/** A FHIR R4 MeasureReport (type summary): one group per measure, stratified by the view's groups; hidden counts are masked. */
export function measureReport(view: EqualityView, generatedAt: number, id: string) {
  const groups = (t: EqualityTable) =>
    t.measures.map((m, i) => ({
      code: { coding: [{ system: 'urn:coplan:measure', code: m.id, display: m.label }] },
      stratifier: [{
        code: [{ coding: [{ system: 'urn:coplan:grouping', code: view.grouping.id, display: view.grouping.label }] }],
        stratum: t.rows.map((r) => ({ value: { coding: [{ system: `urn:coplan:${view.grouping.category}`, code: r.key }], text: r.label }, population: [population(r.cells[i]!)] })),
      }],
    }));
  return {
    resourceType: 'MeasureReport', id, status: 'complete', type: 'summary',
    measure: 'urn:coplan:measure:equality-and-feedback',
    date: new Date(generatedAt).toISOString(),
    period: { start: view.quarter.from, end: view.quarter.to },
    ...(view.team ? { reporter: { identifier: { system: 'urn:coplan:team', value: view.team } } } : {}),
    group: [...groups(view.sessions), ...groups(view.feedback)],
  };
}

/**
 * Each feedback row as an anonymous QuestionnaireResponse: no subject, author, time or team.
 * A response carries its group only when that group's count of responses is shown; in a hidden
 * group the answer is left out, so a small group's people cannot be picked out one by one.
 */
export function feedbackResponses(view: EqualityView, rows: readonly unknown[], questionnaire: string, newId: () => string) {
  const responses = view.feedback.measures.findIndex((m) => m.id === 'responses');
  const shownGroups = new Set(view.feedback.rows.filter((r) => r.cells[responses] !== SUPPRESSED).map((r) => r.key));
  return rows.flatMap((raw) => {
    const row = readFeedbackRow(raw);
    if (!row) return [];
    const group = view.grouping.groupOf(answerIn(row.equality, view.grouping.category));
    const item = [
      { linkId: 'respondent', answer: [{ valueCoding: { system: 'urn:coplan:respondent', code: row.carer ? 'carer' : 'person' } }] },
      ...Array.from({ length: row.scores.length / 2 }, (_, k) => {
        const score = row.scores[2 * k + 1] as number;
        return { linkId: row.scores[2 * k] as string, answer: [score ? { valueInteger: score } : { valueCoding: { system: 'urn:coplan:answer', code: 'prefer-not-to-say' } }] };
      }),
      ...(group !== NOT_ASKED && shownGroups.has(group) ? [{ linkId: view.grouping.id, answer: [{ valueCoding: { system: `urn:coplan:${view.grouping.id}`, code: group } }] }] : []),
    ];
    return [{ resourceType: 'QuestionnaireResponse', id: newId(), status: 'completed', questionnaire, item }];
  });
}
