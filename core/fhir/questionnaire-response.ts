import type { Framework } from '../framework/schema';
import type { Session } from '../session/schema';
import { recordItems } from '../summary/items';
import { choicesOf, isIncluded } from '../summary/review';
import { frameworkToQuestionnaire, optionChoiceCoding, statusCoding } from './questionnaire';
import type { FhirAnswer, FhirQuestionnaireItem, FhirQuestionnaireResponse, FhirResponseItem } from './types';

// The response is built by walking the Questionnaire itself, so every item it holds has a linkId,
// text and parent that the Questionnaire defines; prompts the framework no longer has drop out.
// There is deliberately no subject: Coplan holds no identifiers for the person.
// It holds only what the summary would write, by the same rules (issue 14): the items the person
// agreed at the review step. A declined topic is never named, "Not relevant" is not a finding, a
// sensitive item is out until its agreement is ticked, an item the person left out stays out.

/** Answers by linkId, plus one table per repetition of a repeating group (the agreed actions). */
interface Answers {
  byLinkId: Map<string, FhirAnswer[]>;
  repeats: Map<string, Answers[]>;
}

const answers = (): Answers => ({ byLinkId: new Map(), repeats: new Map() });

/** What people said goes in verbatim; a blank field was not answered, and FHIR forbids empty strings. */
function put(table: Answers, linkId: string, answer: FhirAnswer | string | undefined): void {
  if (typeof answer === 'string') {
    if (answer.trim() !== '') table.byLinkId.set(linkId, [{ valueString: answer }]);
  } else if (answer) table.byLinkId.set(linkId, [answer]);
}

/** Unticked boxes are left out: the session cannot tell "not present" from "not asked". */
const ticked = (value: boolean): FhirAnswer | undefined => (value ? { valueBoolean: true } : undefined);

function sessionAnswers(framework: Framework, session: Session): Answers {
  const table = answers();
  const choices = choicesOf(session.review);
  const agreed = new Set(recordItems(framework, session).filter((item) => isIncluded(item, choices)).map((item) => item.id));
  for (const [promptId, state] of Object.entries(session.prompts)) {
    if (!agreed.has(`prompt:${promptId}`)) continue;
    put(table, `${promptId}.status`, { valueCoding: statusCoding(state.status) });
    put(table, `${promptId}.note`, state.note);
  }
  const { record } = session;
  if (agreed.has('own-words')) put(table, 'record.own-words', record.ownWords);
  if (agreed.has('carer-view')) put(table, 'record.carer-view', record.carerView);
  if (agreed.has('disagreements')) put(table, 'record.disagreements', record.disagreements);
  // Action fields are short form entries, so stray spaces are trimmed as in the summary.
  const actions = record.actions.filter((action) => agreed.has(`action:${action.id}`)).map((action) => {
    const each = answers();
    put(each, 'record.actions.who', action.who.trim());
    put(each, 'record.actions.what', action.what.trim());
    put(each, 'record.actions.by-when', action.byWhen.trim());
    return each;
  });
  table.repeats.set('record.actions', actions);
  for (const [optionId, state] of Object.entries(record.options)) {
    if (!agreed.has(`option:${optionId}`)) continue;
    put(table, `${optionId}.choice`, { valueCoding: optionChoiceCoding(state.choice) });
    put(table, `${optionId}.reason`, state.reason);
  }
  if (!agreed.has('participants')) return table;
  const { participants } = record;
  put(table, 'record.participants.interpreter', ticked(participants.interpreter));
  put(table, 'record.participants.interpreter-language', participants.interpreterLanguage.trim());
  put(table, 'record.participants.advocate', ticked(participants.advocate));
  put(table, 'record.participants.carer', ticked(participants.carer));
  put(table, 'record.participants.nominated-person', ticked(participants.nominatedPerson));
  return table;
}

/** Keeps a group only if something inside it was answered: FHIR forbids empty groups and arrays. */
function respond(items: FhirQuestionnaireItem[], table: Answers): FhirResponseItem[] {
  return items.flatMap((item): FhirResponseItem[] => {
    const head = item.text === undefined ? { linkId: item.linkId } : { linkId: item.linkId, text: item.text };
    const group = (inner: Answers): FhirResponseItem[] => {
      const children = respond(item.item ?? [], inner);
      return children.length > 0 ? [{ ...head, item: children }] : [];
    };
    if (item.type !== 'group') {
      const answer = table.byLinkId.get(item.linkId);
      return answer ? [{ ...head, answer }] : [];
    }
    // A repeating group appears once per repetition, each with the same linkId.
    return item.repeats ? (table.repeats.get(item.linkId) ?? []).flatMap(group) : group(table);
  });
}

/**
 * The session as a FHIR R4 QuestionnaireResponse to the framework's Questionnaire, holding only
 * what was answered and agreed for the record. Answers are matched against `framework`, so the canonical names its version
 * (not session.frameworkVersion). Authored defaults to when the session was finished (or last changed), as
 * the plain-text summary's date does.
 */
export function sessionToQuestionnaireResponse(
  framework: Framework,
  session: Session,
  options: { authored?: Date } = {},
): FhirQuestionnaireResponse {
  const questionnaire = frameworkToQuestionnaire(framework);
  const item = respond(questionnaire.item ?? [], sessionAnswers(framework, session));
  return {
    resourceType: 'QuestionnaireResponse',
    id: session.id,
    questionnaire: `${questionnaire.url}|${questionnaire.version}`,
    status: session.finishedAt === undefined ? 'in-progress' : 'completed',
    authored: (options.authored ?? new Date(session.finishedAt ?? session.updatedAt)).toISOString(),
    ...(item.length > 0 ? { item } : {}),
  };
}
