/**
 * The guidance section the sidebar's safeguarding route opens (issue 15, hazard H-23). Built in it
 * holds general steps; a trust's content pack replaces it, by this id, with the trust's own
 * safeguarding and risk procedures and contacts, so the route always leads to the trust's words.
 */
export const SAFEGUARDING_SECTION_ID = 'safeguarding-and-risk-disclosures';
