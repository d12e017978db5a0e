/** The equality categories Coplan knows, by id (issue 16); kept apart so policy parsing pulls in no lists. */
export const CATEGORY_IDS = ['ethnicity', 'religion', 'sex', 'gender-identity', 'sexual-orientation', 'disability', 'age-band'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];
