import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, foldTerm, loadIndex } from '../../core/guidance/search';
import { loadBuiltInContent } from '../../scripts/content-loader';

// Ranking is checked on the real built-in sections, so a content edit that hurts search shows up here.
const { sections } = loadBuiltInContent(resolve(import.meta.dirname, '../../content'));
const index = buildIndex(sections);
const ids = (query: string, domain?: string) => index.search(query, { domain }).map((h) => h.id);

// [query, section expected first]: exact words, typos, prefixes, several words, accents.
const TOP_1: [string, string][] = [
  ['interpreter', 'language-working-with-interpreters'],
  ['intepreter', 'language-working-with-interpreters'],
  ['working with interpretors', 'language-working-with-interpreters'],
  ['nominated person', 'family-nominated-person'],
  ['nearest relative', 'family-nominated-person'],
  ['how to record disagreement', 'agreement-recording-disagreement'],
  ['advance choice', 'least-restrictive-advance-choice-documents'],
  ['pcref', 'pcref-one-page'],
  ['sprituality', 'faith-spirituality-in-care'],
  ['immigration charging', 'migration-immigration-fears-nhs-charging'],
  ['autism', 'wider-identity-disability-learning-disability'],
  ['trauma informed', 'trauma-informed-practice'],
  ['culturagram', 'culturagram-overview'],
  ['restraint seclusion', 'trauma-restraint-detention-history'],
  ['houssing', 'practical-housing-money-work'],
  ['co-produc', 'agreement-co-production'],
  ['code of practice', 'mha-code-of-practice-principles'],
  ['Cafés', 'least-restrictive-community-alternatives'],
  // Section numbers are indexed joined ("section-117" tag, "section 117 aftercare"), as queries are.
  ['s117', 'legal-status-and-capacity'],
  ['section 117 aftercare', 'legal-status-and-capacity'],
  // Beyond edit distance (first letter lost; two edits in seven letters): left to Fuse over titles and tags.
  ['nterpreter', 'language-working-with-interpreters'],
  ['rescism', 'racism-talking-about-racism'],
];

// [query, sections expected among the first three]
const TOP_3: [string, string[]][] = [
  ['advoc', ['rights-culturally-appropriate-advocacy', 'rights-advocacy-imha', 'mha-2025-changes']],
  ['intepreter', ['language-working-with-interpreters', 'language-family-interpreters']],
  ['fiath healing', ['faith-healing-practices', 'faith-beliefs-about-illness']],
  ['racism', ['racism-talking-about-racism', 'trauma-racial-trauma']],
  ['detention', ['racism-detention-disparities', 'trauma-restraint-detention-history']],
  // "Sectioning" is what people call detention; "section" on its own is a part of a document.
  ['previous sectioning', ['racism-detention-disparities', 'trauma-restraint-detention-history']],
];

describe('guidance search ranking on the built-in sections', () => {
  it.each(TOP_1)('"%s" puts %s first', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it.each(TOP_3)('"%s" has %j in the first three', (query, expected) => {
    expect(ids(query).slice(0, 3)).toEqual(expect.arrayContaining(expected));
  });

  it('"musl" finds the sections that mention Muslim, faith sections among them', () => {
    const mentioning = sections.filter((s) => /\bMuslim/.test(s.body)).map((s) => s.id);
    expect(ids('musl').slice(0, mentioning.length).sort()).toEqual(mentioning.sort());
    expect(mentioning).toEqual(expect.arrayContaining(['faith-spirituality-in-care', 'faith-healing-practices']));
  });

  it('filters by domain, keeping the order within it', () => {
    expect(ids('interpreter', 'rights-advocacy')[0]).toBe('rights-information-and-rights');
    expect(ids('racism', 'trauma')[0]).toBe('trauma-racial-trauma');
    for (const hit of index.search('racism', { domain: 'trauma' })) expect(hit.domains).toContain('trauma');
    expect(ids('interpreter', 'no-such-domain')).toEqual([]);
  });

  it('ranks every title or tag match above every match in the body alone', () => {
    const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).map(foldTerm);
    for (const query of ['restraint', 'detention', 'advocacy', 'racism', 'pcref', 'interpreter', 'crisis', 'trauma']) {
      // A match is the word or a near miss the search accepted ("racist" for "racism"), as listed in `matches`.
      const headed = index.search(query, { limit: 50 }).map(({ id, matches }) => {
        const s = sections.find((section) => section.id === id)!;
        return words(`${s.title} ${s.tags.join(' ')}`).some((word) => matches.includes(word));
      });
      expect(headed.indexOf(false), query).toBeGreaterThan(headed.lastIndexOf(true));
      expect(headed, query).toContain(false); // the word is in other bodies too, so the test means something
    }
  });

  it('returns the matched words for highlighting, folded like the text', () => {
    const [hit] = index.search('intepreter');
    expect(hit?.matches).toContain('interpreter');
    expect(index.search('Cafés')[0]?.matches).toContain(foldTerm('cafés'));
    expect(index.search('advoc')[0]?.matches).toContain('advocacy');
  });
});

describe('guidance search input', () => {
  it('returns nothing for empty, blank or punctuation-only queries', () => {
    for (const query of ['', '   ', '\n\t', '?!., -- ()', 'a']) expect(index.search(query)).toEqual([]);
  });

  it('ignores punctuation around words', () => {
    expect(ids('(interpreter)!!')).toEqual(ids('interpreter'));
    expect(ids('"nominated"; person?')).toEqual(ids('nominated person'));
  });

  it('reads only the first 200 characters of a very long query', () => {
    expect(ids(`${'a '.repeat(100)}interpreter`)).toEqual([]); // the word starts at character 201
    expect(ids(`${'a '.repeat(99)}interpreter`)).toEqual(ids('in'));
    expect(ids('interpreter '.repeat(1000))[0]).toBe('language-working-with-interpreters');
  });

  it('honours the limit', () => {
    expect(index.search('care', { limit: 3 })).toHaveLength(3);
  });
});

describe('guidance index storage', () => {
  it('gives the same results after a round trip through structured clone, as IndexedDB stores it', () => {
    const stored = structuredClone(index.stored());
    const loaded = loadIndex(stored, sections);
    for (const query of [...TOP_1.map(([q]) => q), ...TOP_3.map(([q]) => q), 'musl']) {
      expect(loaded.search(query, { limit: 46 })).toEqual(index.search(query, { limit: 46 }));
    }
    expect(loaded.search('racism', { domain: 'trauma' })).toEqual(index.search('racism', { domain: 'trauma' }));
  });

  it('refuses a stored index that does not fit the sections, so the caller rebuilds', () => {
    const stored = index.stored();
    expect(() => loadIndex(stored, sections.slice(1))).toThrow(/rebuild/);
    expect(() => loadIndex({ ...stored, docs: stored.weights }, sections)).toThrow(/rebuild/);
    expect(() => loadIndex({ version: 2 }, sections)).toThrow();
    expect(() => loadIndex({ ...stored, version: 1 }, sections)).toThrow(); // stored before section numbers were indexed
    expect(() => loadIndex({ ...stored, version: 2 }, sections)).toThrow(); // stored when tags weighed less than titles
    // Stored as base64 text before the postings were kept as typed arrays: rebuilt.
    expect(() => loadIndex({ ...stored, version: 3, starts: 'AAAA', docs: '', weights: '' }, sections)).toThrow(/rebuild/);
  });
});

describe('guidance search among many sections that carry the words in passing', () => {
  const like = sections[0]!;
  const section = (id: string, title: string, tags: string[], body: string, summary = 'A page of guidance.') => ({ ...like, id, title, tags, summary, body });
  const others = Array.from({ length: 200 }, (_, i) => section(`other-${i}`, `Other topic ${i} words`, ['other'], 'Nothing here about that at all. '.repeat(5)));

  it('puts a title holding every word typed, one of them misspelt, above titles holding one', () => {
    // Forty sections with one word in the title and the other, often, in their bodies.
    const crowd = Array.from({ length: 40 }, (_, i) =>
      section(`crowd-${i}`, `Local services in area ${i}`, ['services', 'local'], 'Each person is welcome; the person and the person’s family. '.repeat(3), 'For the person.'));
    const wanted = section('wanted', 'How the person came to services', ['pathways'], 'Routes into care.');
    expect(buildIndex([...others, ...crowd, wanted]).search('services persn')[0]?.id).toBe('wanted');
  });

  it('counts a word in its several forms across a section above the word itself in a short title', () => {
    const about = section('about', 'Working with interpreters', ['interpreting', 'language'], 'Interpreters need a briefing before interpreting. '.repeat(2), 'How to work with them.');
    const passing = Array.from({ length: 30 }, (_, i) => section(`passing-${i}`, `Interpreter ${i}`, ['interpreter'], 'Ask for an interpreter. An interpreter helps. Interpreter.'));
    expect(buildIndex([...others, ...passing, about]).search('interpreter')[0]?.id).toBe('about');
  });

  it('ranks a word in a section\'s tags with the same word in another section\'s title', () => {
    const tagged = section('tagged', 'Explaining rights', ['rights', 'tribunal'], 'Say how to apply to the tribunal.');
    const titled = section('titled', 'Tribunal notes', ['notes'], 'Notes of a hearing.');
    const top = buildIndex([...others, titled, tagged]).search('tribunal').map((h) => h.id);
    // Tags say what a section is about; here the tagged section also names the word in its body.
    expect(top[0]).toBe('tagged');
  });

  it('lifts a section where two words typed together stand together in its summary', () => {
    const apart = Array.from({ length: 10 }, (_, i) =>
      section(`apart-${i}`, `Crisis care ${i}`, ['crisis'], 'A crisis can come at home or in a shared house.', 'What to do.'));
    const together = section('together', 'Community alternatives', ['crisis', 'community'], 'Options instead of admission in a crisis.', 'Crisis houses, crisis cafés and home treatment.');
    expect(buildIndex([...others, ...apart, together]).search('crisis house')[0]?.id).toBe('together');
  });
});
