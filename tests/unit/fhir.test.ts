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
    // A prompt left open is not in the summary, so its note is not in the answers either (issue 14).
    expect(linkIds).not.toContain(`${framework.domains.flatMap((d) => d.prompts)[1]!.id}.note`);
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

describe('FHIR answers follow the same rules as the summary (issue 14)', () => {
  const [SENSITIVE, DECLINED, IRRELEVANT, LEFT_OUT] = ['FHIR-SENSITIVE-81c2', 'FHIR-DECLINED-3f9a', 'FHIR-IRRELEVANT-77d0', 'FHIR-LEFT-OUT-5e21'];
  const prompt = (id: string) => builtIn.domains.flatMap((d) => d.prompts).find((p) => p.id === id)!;
  const sensitive = prompt('faith-healing-practices');
  const declined = prompt('wider-identity-name-and-pronouns');
  const irrelevant = prompt('identity-racism-who-you-are');
  const explored = prompt('faith-importance');
  let session = newSession(builtIn, 'EF', 'session-fhir-3', NOON);
  session = withPrompt(session, sensitive.id, { status: 'explored', note: SENSITIVE }, NOON);
  session = withPrompt(session, declined.id, { status: 'declined', note: DECLINED }, NOON);
  session = withPrompt(session, irrelevant.id, { status: 'not-relevant', note: IRRELEVANT }, NOON);
  session = withPrompt(session, explored.id, { status: 'explored', note: 'Goes to the mosque on Fridays.' }, NOON);
  session = withRecord(session, { carerView: LEFT_OUT }, NOON);
  const text = (s: Session) => JSON.stringify(sessionToQuestionnaireResponse(builtIn, s));

  it('names no declined or not-relevant topic, and holds no sensitive note until the person agreed', () => {
    const exported = text(session);
    expect(exported).toContain('Goes to the mosque on Fridays.');
    expect(exported).toContain(explored.question);
    for (const hidden of [SENSITIVE, DECLINED, IRRELEVANT, sensitive.question, declined.question, irrelevant.question, '"declined"', '"not-relevant"']) {
      expect(exported).not.toContain(hidden);
    }
  });

  it('holds a sensitive note once its agreement is ticked, and leaves out what the person unticked', async () => {
    const { agreementKey } = await import('../../core/summary/review');
    const { recordItems } = await import('../../core/summary/items');
    const items = recordItems(builtIn, session);
    const agreedItem = items.find((i) => i.id === `prompt:${sensitive.id}`)!;
    const reviewed: Session = { ...session, review: { excluded: ['carer-view'], agreed: [agreementKey(agreedItem)], readBack: false } };
    const exported = text(reviewed);
    expect(exported).toContain(SENSITIVE);
    expect(exported).not.toContain(LEFT_OUT);
    expect(text(session)).toContain(LEFT_OUT);
    // The agreement was to those words: a changed note is out again until agreed afresh.
    expect(text(withPrompt(reviewed, sensitive.id, { note: `${SENSITIVE} and more` }, NOON))).not.toContain(SENSITIVE);
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
