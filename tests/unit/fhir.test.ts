import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Framework } from '../../core/framework/schema';
import { frameworkToQuestionnaire } from '../../core/fhir/questionnaire';
import { sessionToQuestionnaireResponse } from '../../core/fhir/questionnaire-response';
import {
  FhirQuestionnaireResponseSchema,
  FhirQuestionnaireSchema,
  type FhirQuestionnaireItem,
  type FhirResponseItem,
} from '../../core/fhir/types';
import type { Session } from '../../core/session/schema';
import { newSession, withPrompt, withRecord } from '../../core/session/session';
import { loadBuiltInContent } from '../../scripts/content-loader';
import { smallFramework } from '../fixtures/small-framework';

const NOON = new Date('2026-11-25T12:00:00Z').getTime();
const builtIn = loadBuiltInContent(join(__dirname, '../../content')).framework;

/** Every item with the linkId of its parent ('' at the top), depth first. */
function* walk<T extends { linkId: string; item?: T[] }>(items: T[] = [], parent = ''): Generator<[T, string]> {
  for (const item of items) {
    yield [item, parent];
    yield* walk(item.item, item.linkId);
  }
}

/** A session touching every kind of answer, plus a prompt the framework does not have. */
function answered(framework: Framework): Session {
  const [first, second] = framework.domains.flatMap((d) => d.prompts);
  const option = framework.leastRestrictiveOptions[0]!;
  let session = newSession(framework, 'AB', 'session-fhir-1', NOON);
  session = withPrompt(session, first!.id, { status: 'explored', note: 'Prays daily; finds it steadying.' }, NOON);
  session = withPrompt(session, second!.id, { status: 'open', note: 'Come back to this.' }, NOON);
  session = withPrompt(session, 'retired-prompt', { status: 'declined' }, NOON);
  return withRecord(
    session,
    {
      ownWords: 'I want to stay at home.',
      carerView: '   ',
      actions: [
        { id: 'a1', who: 'Care coordinator', what: 'Arrange interpreter', byWhen: 'Friday' },
        { id: 'a2', who: '', what: '', byWhen: '' },
        { id: 'a3', who: '', what: 'Call the faith leader', byWhen: '' },
      ],
      options: { [option.id]: { choice: 'preferred', reason: 'Family nearby.' } },
      participants: { interpreter: true, interpreterLanguage: 'Somali', interpreterKind: '', interpreterReason: '', advocate: false, carer: true, nominatedPerson: false },
    },
    NOON,
  );
}

const hasKey = (value: unknown, key: string): boolean =>
  typeof value === 'object' && value !== null && Object.entries(value).some(([k, v]) => k === key || hasKey(v, key));

describe.each([
  ['small fixture', smallFramework],
  ['built-in content', builtIn],
])('FHIR export of the %s', (_, framework) => {
  const questionnaire = frameworkToQuestionnaire(framework);
  const defined = new Map([...walk(questionnaire.item)].map(([item, parent]) => [item.linkId, { item, parent }]));

  it('is a Questionnaire that parses, with unique linkIds', () => {
    expect(FhirQuestionnaireSchema.parse(questionnaire)).toEqual(questionnaire);
    expect(questionnaire).toMatchObject({ id: framework.id, url: `urn:coplan:framework:${framework.id}`, version: framework.version });
    expect(defined.size).toBe([...walk(questionnaire.item)].length);
  });

  it('turns an answered session into a response that mirrors the Questionnaire', () => {
    const response = sessionToQuestionnaireResponse(framework, answered(framework));
    expect(FhirQuestionnaireResponseSchema.parse(response)).toEqual(response);
    expect(response).toMatchObject({
      questionnaire: `urn:coplan:framework:${framework.id}|${framework.version}`,
      status: 'in-progress',
      authored: '2026-11-25T12:00:00.000Z',
    });
    const items = [...walk<FhirResponseItem>(response.item)];
    expect(items.length).toBeGreaterThan(0);
    for (const [item, parent] of items) {
      const definition = defined.get(item.linkId);
      expect(definition, item.linkId).toBeDefined();
      expect(definition!.parent, item.linkId).toBe(parent);
      for (const answer of item.answer ?? []) expectAnswerFits(answer, definition!.item);
    }
    const linkIds = items.map(([item]) => item.linkId);
    expect(linkIds.filter((id) => id === 'record.actions')).toHaveLength(2);
    expect(linkIds).not.toContain('record.carer-view');
    expect(linkIds).not.toContain('record.participants.advocate');
    expect(linkIds).toContain(`${framework.domains.flatMap((d) => d.prompts)[1]!.id}.note`);
    expect(linkIds).not.toContain(`${framework.domains.flatMap((d) => d.prompts)[1]!.id}.status`);
  });

  it('marks a finished session completed', () => {
    const session = { ...answered(framework), finishedAt: NOON + 60_000 };
    expect(sessionToQuestionnaireResponse(framework, session, { authored: new Date(NOON) })).toMatchObject({
      status: 'completed',
      authored: '2026-11-25T12:00:00.000Z',
    });
  });

  it('gives an empty session no items', () => {
    const response = sessionToQuestionnaireResponse(framework, newSession(framework, 'CD', 'session-fhir-2', NOON));
    expect(FhirQuestionnaireResponseSchema.parse(response)).toEqual(response);
    expect(response).not.toHaveProperty('item');
  });

  it('names no subject anywhere', () => {
    expect(hasKey(questionnaire, 'subject')).toBe(false);
    expect(hasKey(sessionToQuestionnaireResponse(framework, answered(framework)), 'subject')).toBe(false);
  });
});

describe('FHIR schemas', () => {
  const questionnaire = frameworkToQuestionnaire(smallFramework);
  const response = sessionToQuestionnaireResponse(smallFramework, answered(smallFramework));

  it('reject a repeated linkId and an empty group', () => {
    const [first] = questionnaire.item!;
    expect(FhirQuestionnaireSchema.safeParse({ ...questionnaire, item: [first, first] }).success).toBe(false);
    expect(FhirQuestionnaireSchema.safeParse({ ...questionnaire, item: [{ linkId: 'x', type: 'group' }] }).success).toBe(false);
  });

  it('reject an answer with two values, an empty string and a subject', () => {
    const item = [{ linkId: 'record.own-words', answer: [{ valueString: 'a', valueBoolean: true }] }];
    expect(FhirQuestionnaireResponseSchema.safeParse({ ...response, item }).success).toBe(false);
    expect(FhirQuestionnaireResponseSchema.safeParse({ ...response, item: [{ linkId: 'x', answer: [{ valueString: '' }] }] }).success).toBe(false);
    expect(FhirQuestionnaireResponseSchema.safeParse({ ...response, subject: { reference: 'Patient/1' } }).success).toBe(false);
  });
});

function expectAnswerFits(answer: object, definition: FhirQuestionnaireItem): void {
  const where = definition.linkId;
  switch (definition.type) {
    case 'choice':
      expect(Object.keys(answer), where).toEqual(['valueCoding']);
      expect(definition.answerOption, where).toContainEqual(answer);
      break;
    case 'text':
    case 'string':
      expect(Object.keys(answer), where).toEqual(['valueString']);
      break;
    case 'boolean':
      expect(Object.keys(answer), where).toEqual(['valueBoolean']);
      break;
    default:
      throw new Error(`${where}: a ${definition.type} item cannot hold an answer`);
  }
}
