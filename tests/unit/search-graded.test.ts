import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../core/guidance/search';
import { abbreviationsIn, joinSectionNumbers } from '../../core/guidance/synonyms';
import { loadBuiltInContent } from '../../scripts/content-loader';
import { gradedQueries } from '../bench/search-quality';

const { sections } = loadBuiltInContent(resolve(import.meta.dirname, '../../content'));
const index = buildIndex(sections);
const ids = (query: string) => index.search(query).map((h) => h.id);

describe('the graded clinicians’ queries the bench scores search by', () => {
  it('holds at least 80 queries, each naming sections the library has', () => {
    const graded = gradedQueries();
    expect(graded.length).toBeGreaterThanOrEqual(80);
    const known = new Set(sections.map((s) => s.id));
    for (const { query, ids: wanted } of graded) {
      expect(wanted.length, query).toBeGreaterThan(0);
      for (const id of wanted) expect(known, `${query}: ${id}`).toContain(id);
    }
  });
});

describe('clinicians’ abbreviations and wording', () => {
  it('reads "section 117", "s.117" and "s 117" as s117, leaving other words alone', () => {
    for (const typed of ['section 117', 'S.117', 's 117', 'sec 117']) expect(joinSectionNumbers(typed).trim()).toBe('s117');
    expect(joinSectionNumbers('mental health act 2025')).toBe('mental health act 2025');
  });

  it('finds a section by an abbreviation its text never uses', () => {
    expect(ids('acd')[0]).toBe('least-restrictive-advance-choice-documents');
    expect(ids('asd')[0]).toBe('wider-identity-disability-learning-disability');
  });

  it('finds the abbreviation from its words typed in full', () => {
    expect(abbreviationsIn(['community', 'treatment', 'orders'], 'orders')).toEqual([{ short: 'cto', words: 3 }]);
    expect(abbreviationsIn(['community', 'treatment'], 'community')).toEqual([]);
    expect(ids('community treatment order').slice(0, 2)).toContain('racism-detention-disparities');
  });

  it('ranks a section whose title carries the key word above sections mentioning every word in passing', () => {
    // "signature" is in no section: the crisis plan section still comes first, on "relapse" in its tags.
    expect(ids('relapse signature')[0]).toBe('least-restrictive-crisis-planning');
    expect(ids('restraint history')[0]).toBe('trauma-restraint-detention-history');
  });

  it('matches other forms of a word and ignores "pt"', () => {
    expect(ids('pt disagrees with plan')[0]).toBe('agreement-recording-disagreement');
    expect(ids('pt with LD')[0]).toBe('wider-identity-disability-learning-disability');
  });
});
