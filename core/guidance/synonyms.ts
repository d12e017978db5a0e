/**
 * What clinicians type, and the words the guidance uses for it (issue 20, item 6). Applied to the
 * query only, so the index and its stored copies never change with this table. Keys are single
 * folded terms; a key that is also in the index keeps its own matches and gains the phrase's.
 * Add an entry when a graded query (tests/fixtures/search/graded-queries.json) shows it is needed.
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  acd: 'advance choice document',
  adrt: 'advance decision to refuse treatment',
  amhe: 'advancing mental health equalities',
  amhp: 'approved mental health professional',
  asd: 'autism',
  asc: 'autism',
  bsl: 'british sign language',
  cfi: 'cultural formulation interview',
  cmht: 'community mental health team',
  coproduce: 'co produce',
  coproduced: 'co produced',
  coproduction: 'co production',
  cpa: 'care programme approach',
  crht: 'crisis resolution home treatment',
  cto: 'community treatment order',
  dialogue: 'dialog',
  dols: 'deprivation of liberty safeguards',
  dv: 'domestic abuse',
  dwp: 'benefits',
  explanatory: 'explanation',
  grt: 'gypsy roma traveller',
  htt: 'home treatment team',
  imca: 'independent mental capacity advocate',
  imha: 'independent mental health advocate',
  ld: 'learning disability',
  lgbt: 'lgbtq',
  lpa: 'lasting power of attorney',
  mca: 'mental capacity act',
  mha: 'mental health act',
  mhrt: 'tribunal',
  np: 'nominated person',
  nr: 'nearest relative',
  nrpf: 'recourse public funds',
  pcref: 'patient carers race equality framework',
  pos: 'place of safety',
  psed: 'public sector equality duty',
  ptsd: 'trauma',
  rc: 'responsible clinician',
  s117: 'aftercare',
  sectioned: 'detained',
  sectioning: 'detention',
  s132: 'rights information',
  s135: 'warrant place of safety',
  s136: 'police place of safety',
  tic: 'trauma informed',
};

/** Words clinicians add that say nothing about the topic ("pt" is everywhere, as "person"). */
export const QUERY_STOP = new Set(['pt', 'pts', 'patient', 'patients', 'client', 'clients']);

const SECTION_NUMBER = /\b(?:section|sect|sec|s)[.\s-]*(\d{1,3}[a-z]?)\b/gi;

/** "section 117", "s.117", "s 117" and the tag "section-117" become "s117", as the single letter would otherwise be dropped. */
export function joinSectionNumbers(query: string): string {
  return query.replace(SECTION_NUMBER, ' s$1 ');
}

/** The joined section numbers a text names ("s117 s3"), indexed beside its words so "s117" finds "section 117 aftercare". */
export function sectionNumbersIn(text: string): string {
  // Most texts hold no digit: finding that is far quicker than trying the pattern at every word (issue 20).
  if (!/\d/.test(text)) return '';
  return Array.from(text.matchAll(SECTION_NUMBER), (m) => `s${m[1]!.toLowerCase()}`).join(' ');
}

const PHRASES = Object.entries(SYNONYMS).flatMap(([short, long]) => {
  const words = long.split(' ').filter((w) => w.length > 2);
  return words.length > 1 ? [{ short, words }] : [];
});

/**
 * Abbreviations whose longer words the query holds in full (in any form: "orders" for "order"), with
 * how many words each stands for, when `word` is one of them.
 */
export function abbreviationsIn(query: string[], word: string): { short: string; words: number }[] {
  const holds = (w: string) => query.some((q) => q.startsWith(w));
  return PHRASES.flatMap(({ short, words }) => (words.some((w) => word.startsWith(w)) && words.every(holds) ? [{ short, words: words.length }] : []));
}
