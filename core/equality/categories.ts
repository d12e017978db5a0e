import { z } from 'zod/mini';
import { CATEGORY_IDS, type CategoryId } from './category-ids';
// Each schema is z.lazy: built at its first use, not as the sidebar's first load imports it (issue 20 item 1).

// Equality categories the person may give about themselves (issue 16, PCREF's data part). Only
// codes from these closed lists are ever stored, never free text, and only as answers the person
// chose to give. Each question also offers "Not stated" and "Prefer not to say".
//
// Ethnic category: the NHS Data Dictionary's ETHNIC CATEGORY codes (the 2001 census groups, codes
// A to S), which trusts report in the Mental Health Services Data Set today: the MHSDS v5 metadata
// lists EthnicCategory A "White - British" to S "Any other ethnic group", Z "Not stated" and
// 99 "Not known" (NHS Digital, MHSDS data quality dashboard metadata, mhsds_metadata.txt; the same
// codes as HL7 UK Core's UKCore-EthnicCategoryEngland code system). Our "Not stated" and "Prefer
// not to say" both report as Z; a person never asked has no answer (reported as 99).
// The other lists follow the Census 2021 questions and the NHS sexual orientation monitoring
// standard (SCCI2172), in plain words.

/** Answers every question offers, besides its own codes. */
export const NOT_STATED = 'not-stated';
export const PREFER_NOT = 'prefer-not-to-say';

export interface Category {
  id: CategoryId;
  /** The question as the person reads it. */
  label: string;
  /** Codes in the order they are offered, with their plain-English labels. */
  codes: readonly (readonly [code: string, label: string])[];
}

const ETHNIC = [
  ['A', 'White: English, Welsh, Scottish, Northern Irish or British'],
  ['B', 'White: Irish'],
  ['C', 'White: any other White background'],
  ['D', 'Mixed: White and Black Caribbean'],
  ['E', 'Mixed: White and Black African'],
  ['F', 'Mixed: White and Asian'],
  ['G', 'Mixed: any other mixed background'],
  ['H', 'Asian or Asian British: Indian'],
  ['J', 'Asian or Asian British: Pakistani'],
  ['K', 'Asian or Asian British: Bangladeshi'],
  ['L', 'Asian or Asian British: any other Asian background'],
  ['M', 'Black or Black British: Caribbean'],
  ['N', 'Black or Black British: African'],
  ['P', 'Black or Black British: any other Black background'],
  ['R', 'Other ethnic group: Chinese'],
  ['S', 'Other ethnic group: any other ethnic group'],
] as const;

export { CATEGORY_IDS, type CategoryId };

export const CATEGORIES: readonly Category[] = [
  { id: 'ethnicity', label: 'Ethnic group', codes: ETHNIC },
  {
    id: 'religion', label: 'Religion or belief',
    codes: [['none', 'No religion'], ['christian', 'Christian'], ['buddhist', 'Buddhist'], ['hindu', 'Hindu'], ['jewish', 'Jewish'], ['muslim', 'Muslim'], ['sikh', 'Sikh'], ['other', 'Another religion or belief']],
  },
  { id: 'sex', label: 'Sex', codes: [['female', 'Female'], ['male', 'Male'], ['other', 'Another way']] },
  { id: 'gender-identity', label: 'Is your gender identity the same as the sex you were registered at birth?', codes: [['same', 'Yes'], ['different', 'No']] },
  {
    id: 'sexual-orientation', label: 'Sexual orientation',
    codes: [['heterosexual', 'Heterosexual or straight'], ['gay-lesbian', 'Gay or lesbian'], ['bisexual', 'Bisexual'], ['other', 'Another sexual orientation']],
  },
  { id: 'disability', label: 'Do you consider yourself to have a disability or long-term condition?', codes: [['yes', 'Yes'], ['no', 'No']] },
  {
    id: 'age-band', label: 'Age',
    codes: [['under-18', 'Under 18'], ['18-24', '18 to 24'], ['25-34', '25 to 34'], ['35-44', '35 to 44'], ['45-54', '45 to 54'], ['55-64', '55 to 64'], ['65-plus', '65 or over']],
  },
];

export const categoryOf = (id: CategoryId): Category => CATEGORIES.find((c) => c.id === id)!;

const answerSchema = (c: Category) => z.optional(z.enum([NOT_STATED, PREFER_NOT, ...c.codes.map(([code]) => code)]));

/** The person's answers: each optional, each a code from its list. Strict: an unknown key is refused. */
export const EqualityAnswersSchema = z.lazy(() => z.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c.id, answerSchema(c)])) as Record<CategoryId, ReturnType<typeof answerSchema>>));
export type EqualityAnswers = Partial<Record<CategoryId, string>>;

/** The label of an answer code, for tables and forms. */
export function answerLabel(category: CategoryId, code: string): string {
  if (code === NOT_STATED) return 'Not stated';
  if (code === PREFER_NOT) return 'Prefer not to say';
  return categoryOf(category).codes.find(([c]) => c === code)?.[1] ?? code;
}

/** Answers as a flat list of category and code pairs, the shape rollups and feedback rows keep. */
export function flatAnswers(answers: EqualityAnswers): string[] {
  return CATEGORY_IDS.flatMap((id) => (answers[id] ? [id, answers[id]!] : []));
}
