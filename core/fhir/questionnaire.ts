import type { Framework, Prompt } from '../framework/schema';
import { OPTION_CHOICES, type OptionChoice } from '../session/schema';
import { STATUSES, STATUS_LABELS, type Status } from '../session/statuses';
import type { FhirCoding, FhirQuestionnaire, FhirQuestionnaireItem } from './types';

// linkIds reuse the framework's ids: they are stable across versions and unique within a
// framework (FrameworkSchema checks this), and ids cannot contain dots, so "<id>.status" and
// "record.*" never clash with them. Only a domain, prompt or option called "record" would.

export const STATUS_SYSTEM = 'urn:coplan:status';
export const OPTION_CHOICE_SYSTEM = 'urn:coplan:option-choice';

const OPTION_CHOICE_LABELS: Record<OptionChoice, string> = {
  discussed: 'Discussed',
  preferred: 'Preferred',
  'not-suitable': 'Not suitable',
};

/** The same codings serve as answerOptions here and as answers in the response, so they always match. */
export const statusCoding = (status: Status): FhirCoding => ({ system: STATUS_SYSTEM, code: status, display: STATUS_LABELS[status] });
export const optionChoiceCoding = (choice: OptionChoice): FhirCoding => ({
  system: OPTION_CHOICE_SYSTEM,
  code: choice,
  display: OPTION_CHOICE_LABELS[choice],
});

export const questionnaireUrl = (framework: Framework): string => `urn:coplan:framework:${framework.id}`;

/** A hint for SDC renderers to show few, exclusive codes as radio buttons rather than a drop-down. */
const RADIO_BUTTONS = {
  url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'radio-button' }] },
};

const group = (linkId: string, text: string, item: FhirQuestionnaireItem[], repeats?: boolean): FhirQuestionnaireItem =>
  repeats ? { linkId, text, type: 'group', repeats, item } : { linkId, text, type: 'group', item };

const choice = (linkId: string, text: string, codings: FhirCoding[]): FhirQuestionnaireItem => ({
  linkId,
  text,
  type: 'choice',
  extension: [RADIO_BUTTONS],
  answerOption: codings.map((valueCoding) => ({ valueCoding })),
});

const promptGroup = (prompt: Prompt): FhirQuestionnaireItem =>
  group(prompt.id, prompt.question, [
    choice(`${prompt.id}.status`, 'Status', STATUSES.map(statusCoding)),
    { linkId: `${prompt.id}.note`, text: 'Note', type: 'text' },
  ]);

function recordGroup(framework: Framework): FhirQuestionnaireItem {
  const items: FhirQuestionnaireItem[] = [
    { linkId: 'record.own-words', text: 'In their own words', type: 'text' },
    { linkId: 'record.carer-view', text: "Carer's view", type: 'text' },
    { linkId: 'record.disagreements', text: 'Where we see things differently', type: 'text' },
    group(
      'record.actions',
      'Agreed actions',
      [
        { linkId: 'record.actions.who', text: 'Who', type: 'string' },
        { linkId: 'record.actions.what', text: 'What', type: 'string' },
        { linkId: 'record.actions.by-when', text: 'By when', type: 'string' },
      ],
      true,
    ),
  ];
  // que-1 forbids a group without items, so a framework with no options has no options group.
  if (framework.leastRestrictiveOptions.length > 0) {
    items.push(
      group(
        'record.options',
        'Least restrictive options considered',
        framework.leastRestrictiveOptions.map((option) =>
          group(option.id, option.label, [
            choice(`${option.id}.choice`, 'Choice', OPTION_CHOICES.map(optionChoiceCoding)),
            { linkId: `${option.id}.reason`, text: 'Reason', type: 'text' },
          ]),
        ),
      ),
    );
  }
  items.push(
    group('record.participants', 'Who took part', [
      { linkId: 'record.participants.interpreter', text: 'Interpreter', type: 'boolean' },
      { linkId: 'record.participants.interpreter-language', text: 'Interpreter language', type: 'string' },
      { linkId: 'record.participants.advocate', text: 'Advocate', type: 'boolean' },
      { linkId: 'record.participants.carer', text: 'Carer', type: 'boolean' },
      { linkId: 'record.participants.nominated-person', text: 'Nominated person', type: 'boolean' },
    ]),
  );
  return group('record', 'Co-production record', items);
}

/** FHIR name (inv-0) must start with a capital and hold only letters, digits and underscores. */
function computerName(id: string): string {
  const pascal = id.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return /^[A-Z]/.test(pascal) ? pascal : `Framework${pascal}`;
}

/** The framework as a FHIR R4 Questionnaire, so other systems can render or receive a session. */
export function frameworkToQuestionnaire(framework: Framework): FhirQuestionnaire {
  return {
    resourceType: 'Questionnaire',
    id: framework.id,
    url: questionnaireUrl(framework),
    version: framework.version,
    name: computerName(framework.id),
    title: framework.name,
    status: 'active',
    item: [
      ...framework.domains.map((domain) => group(domain.id, domain.title, domain.prompts.map(promptGroup))),
      recordGroup(framework),
    ],
  };
}
