import { CATEGORIES, NOT_STATED, PREFER_NOT, answerLabel, type CategoryId } from './categories';

// How the equality view splits people into groups: by one category's answers, or by the broad
// ethnic groups NHS England's statistics also report ("Ethnicity (Higher Level)").

export const NOT_ASKED = 'not-asked';

export interface Grouping {
  id: string;
  label: string;
  category: CategoryId;
  /** Group keys in display order; every answer falls in exactly one. */
  groups: readonly (readonly [key: string, label: string])[];
  groupOf(code: string | undefined): string;
}

const tail = [[NOT_STATED, 'Not stated'], [PREFER_NOT, 'Prefer not to say'], [NOT_ASKED, 'No answer recorded']] as const;
const BROAD: Record<string, string> = { A: 'white', B: 'white', C: 'white', D: 'mixed', E: 'mixed', F: 'mixed', G: 'mixed', H: 'asian', J: 'asian', K: 'asian', L: 'asian', M: 'black', N: 'black', P: 'black', R: 'other', S: 'other' };

export const GROUPINGS: readonly Grouping[] = [
  {
    id: 'ethnic-group', label: 'Broad ethnic group', category: 'ethnicity',
    groups: [['white', 'White'], ['mixed', 'Mixed or multiple'], ['asian', 'Asian or Asian British'], ['black', 'Black or Black British'], ['other', 'Other ethnic group'], ...tail],
    groupOf: (code) => (code === undefined ? NOT_ASKED : (BROAD[code] ?? code)),
  },
  ...CATEGORIES.map((c): Grouping => ({
    id: c.id, label: c.id === 'ethnicity' ? 'Ethnic category' : c.id === 'gender-identity' ? 'Gender identity' : c.id === 'disability' ? 'Disability' : c.label,
    category: c.id,
    groups: [...c.codes.map(([code]) => [code, answerLabel(c.id, code)] as const), ...tail],
    groupOf: (code) => code ?? NOT_ASKED,
  })),
];

export const groupingOf = (id: string | undefined): Grouping => GROUPINGS.find((g) => g.id === id) ?? GROUPINGS[0]!;

/** The answer code for a category in a flat category/code list. */
export function answerIn(flat: readonly string[] | undefined, category: CategoryId): string | undefined {
  if (!flat) return undefined;
  for (let i = 0; i < flat.length; i += 2) if (flat[i] === category) return flat[i + 1];
  return undefined;
}
