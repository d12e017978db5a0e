import Fuse from 'fuse.js';
import { z } from 'zod/mini';
import type { GuidanceSection } from './schema';
import { postingsOf, SCALE } from './postings';
import { abbreviationsIn, joinSectionNumbers, QUERY_STOP, SYNONYMS } from './synonyms';
import { distances, lowerBound, termsOf, wordForms } from './terms';

export { foldTerm } from './terms';

// A compact inverted index rather than MiniSearch: at 10,000 sections MiniSearch's Map-per-posting
// index took ~70 MB of heap and ~3 s to build, and 30 ms for two-letter prefixes. Here postings are
// typed arrays (6 bytes each) with BM25 field weights and per-field rarity folded in at build time.

/** What a hit shows; bodies stay in storage and are read when a section is opened. */
export type SectionMeta = Pick<GuidanceSection, 'id' | 'title' | 'summary' | 'tags' | 'domains'>;
export interface SearchHit {
  id: string;
  title: string;
  summary: string;
  domains: string[];
  score: number;
  /** Index terms the query matched, folded by `foldTerm`: highlight words whose `foldTerm` is listed. */
  matches: string[];
}
export interface SearchOptions { domain?: string; limit?: number }
export interface GuidanceIndex {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** To store in IndexedDB as it is: typed arrays are cloned as bytes, with no text conversion. */
  stored(): SerialisedIndex;
}

const SerialisedSchema = z.object({
  // 2: section numbers as "s117"; 3: tags weigh as much as the title; 4: postings kept as typed
  // arrays, not base64 text (issue 20: encoding them took longer than building the index at 10,000
  // sections). An older one is rebuilt.
  version: z.literal(4),
  ids: z.array(z.string()),
  terms: z.array(z.string()),
  starts: z.instanceof(Uint32Array),
  docs: z.instanceof(Uint32Array),
  weights: z.instanceof(Uint16Array),
});
export type SerialisedIndex = z.infer<typeof SerialisedSchema>;

const MAX_QUERY = 200;
const FUZZY = 0.6; // a corrected term counts for less than one typed right
const FORM = 0.9; // another form of the word ("interpreters" for "interpreter") counts nearly as much
const COVERAGE = 1; // score × (query words matched / query words) ** COVERAGE
const PHRASE_COVERAGE = 2; // a synonym's phrase counts as found only with most of its words
const TITLE_HOLDS_ALL = 1; // score × 2 when the title holds every word of a multi-word query
const WORDS_TOGETHER = 1; // score × 2 when two words typed together stand together in the title or summary
const POOL = 30; // sections beyond `limit` checked for TITLE_HOLDS_ALL and WORDS_TOGETHER
/** An index term a query word reaches, how much it counts, and whether it is that word or another form of it. */
type Expansion = [term: number, quality: number, form?: true];

class Index implements GuidanceIndex {
  // Scratch arrays, one slot per section, reused by every keystroke.
  private readonly total: Float64Array;
  private readonly best: Float64Array;
  private readonly slot: Float64Array;
  private readonly phrase: Float64Array;
  private readonly forms: Float64Array;
  private readonly count: Uint8Array;
  private readonly phraseHits: Uint8Array;
  private fuse?: Fuse<string>;

  constructor(
    private readonly meta: SectionMeta[],
    private readonly terms: string[],
    private readonly starts: Uint32Array<ArrayBuffer>,
    private readonly docs: Uint32Array<ArrayBuffer>,
    private readonly weights: Uint16Array<ArrayBuffer>,
  ) {
    const scratch = () => new Float64Array(meta.length);
    [this.total, this.best, this.slot, this.phrase, this.forms] = [scratch(), scratch(), scratch(), scratch(), scratch()];
    [this.count, this.phraseHits] = [new Uint8Array(meta.length), new Uint8Array(meta.length)];
  }

  search(query: string, { domain, limit = 20 }: SearchOptions = {}): SearchHit[] {
    const wanted = [...new Set(termsOf(joinSectionNumbers(query.slice(0, MAX_QUERY))))].filter((q) => !QUERY_STOP.has(q));
    if (!wanted.length) return [];
    const { meta, total, count, slot, phrase, phraseHits, best } = this;
    total.fill(0);
    count.fill(0);
    const used: Expansion[][] = [];
    const perWord: Expansion[][] = [];
    wanted.forEach((q, i) => {
      const own = this.expand(q, i === wanted.length - 1);
      used.push(own);
      perWord.push(own);
      this.bestOf(own, slot);
      // A synonym's phrase (core/guidance/synonyms.ts) scores as the mean of its words, so "acd" weighs
      // like one word found where "advance choice document" is; the term's own matches win if better.
      const words = SYNONYMS[q] ? termsOf(SYNONYMS[q]) : [];
      if (words.length) {
        phrase.fill(0);
        phraseHits.fill(0);
        for (const word of words) {
          const found = this.expand(word, word.length > 3, false); // "documents" for "document", not "not" for "no"
          used.push(found);
          this.bestOf(found, best);
          for (let d = 0; d < meta.length; d++) if (best[d]! > 0) [phrase[d], phraseHits[d]] = [phrase[d]! + best[d]!, phraseHits[d]! + 1];
        }
        // Scaled like the query as a whole, so a phrase's one word in a title doesn't beat all of it in a body.
        for (let d = 0; d < meta.length; d++) slot[d] = Math.max(slot[d]!, (phrase[d]! / words.length) * (phraseHits[d]! / words.length) ** PHRASE_COVERAGE);
      }
      // The other way round: "community treatment order" typed in full also finds sections tagged "cto".
      for (const { short, words } of abbreviationsIn(wanted, q)) {
        this.bestOf(this.expand(short, false, false), best);
        for (let d = 0; d < meta.length; d++) slot[d] = Math.max(slot[d]!, best[d]! / words);
      }
      for (let d = 0; d < meta.length; d++) if (slot[d]! > 0) [total[d], count[d]] = [total[d]! + slot[d]!, count[d]! + 1];
    });
    // No section has to match every word: one whose title carries the key word must not be lost to
    // sections mentioning every word in passing. Words left unmatched scale the score down instead.
    // The best `limit` (and a few more, for the title check below) kept in order as they come, as sorting
    // every match took most of a keystroke at 10,000.
    const pool = limit + POOL;
    const found: number[] = [];
    const before = (a: number, b: number) => total[a]! > total[b]! || (total[a] === total[b] && meta[a]!.id < meta[b]!.id);
    for (let d = 0; d < meta.length; d++) {
      if (!count[d] || (domain && !meta[d]!.domains.includes(domain))) continue;
      total[d] = total[d]! * (count[d]! / wanted.length) ** COVERAGE;
      if (found.length === pool && !before(d, found[pool - 1]!)) continue;
      let at = found.length;
      while (at > 0 && before(d, found[at - 1]!)) at--;
      found.splice(at, 0, d);
      if (found.length > pool) found.pop();
    }
    const { docs, starts, terms } = this;
    // A title holding every word typed ("services persn" for "How the person came to services") is what
    // the query names; at 10,000 sections, titles with one of two common words and the other word in a
    // tag or body are many, and their summed weights would bury it.
    if (wanted.length > 1) {
      const reaches = perWord.map((own) => new Set(own.map(([t]) => terms[t]!)));
      for (const d of found) {
        const title = termsOf(meta[d]!.title);
        if (reaches.every((words) => title.some((w) => words.has(w)))) total[d] = total[d]! * (1 + TITLE_HOLDS_ALL);
        if (togetherIn(title, reaches) || togetherIn(termsOf(meta[d]!.summary), reaches)) total[d] = total[d]! * (1 + WORDS_TOGETHER);
      }
      found.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    }
    return found.slice(0, limit).map((d) => {
      const { id, title, summary, domains } = meta[d]!;
      const has = (t: number) => { const at = lowerBound(docs, d, starts[t], starts[t + 1]); return at < starts[t + 1]! && docs[at] === d; };
      const matches = used.flat().filter(([t]) => has(t)).map(([t]) => terms[t]!);
      return { id, title, summary, domains, score: Math.round(total[d]!) / SCALE, matches: [...new Set(matches)] };
    });
  }

  /**
   * Each section's weight for one query term: the best over prefixes and near misses, so they don't
   * pile up, or the sum over the word's own forms if more. Forms are one word written differently: a
   * section with "interpreters" in its title and "interpreter" in its tags and body is about it, more
   * than one with "interpreter" once in a title (at 10,000 sections, hundreds of titles carry a word).
   */
  private bestOf(expansion: Expansion[], into: Float64Array): void {
    const { starts, docs, weights, forms } = this;
    into.fill(0);
    forms.fill(0);
    for (const [t, quality, form] of expansion) {
      for (let p = starts[t]!; p < starts[t + 1]!; p++) {
        const d = docs[p]!;
        if (form) forms[d] = forms[d]! + quality * weights[p]!;
        else into[d] = Math.max(into[d]!, quality * weights[p]!);
      }
    }
    for (let d = 0; d < into.length; d++) into[d] = Math.max(into[d]!, forms[d]!);
  }

  stored(): SerialisedIndex {
    const { meta, terms, starts, docs, weights } = this;
    return { version: 4, ids: meta.map((m) => m.id), terms, starts, docs, weights };
  }

  /**
   * The term itself, and words it begins if it is the one being typed (words before it are finished);
   * near misses, even when the term is a word, since a typo can spell another ("seeing" for "seeking");
   * for the word being typed, words that begin with a near miss ("co-produce" finds "producing");
   * failing all of these, Fuse over title and tag words.
   */
  private expand(q: string, typing: boolean, fuzzy = true): Expansion[] {
    const { terms } = this;
    const out: Expansion[] = [];
    const prefixOf = (term: string) => 0.4 + (0.6 * q.length) / term.length;
    const forms = q.length < 4 || /\d/.test(q) ? new Set<string>() : new Set(wordForms(q));
    for (let t = lowerBound(terms, q); t < terms.length && terms[t]!.startsWith(q) && (typing || terms[t] === q); t++) {
      if (terms[t] === q) out.push([t, 1, true]);
      else if (!forms.has(terms[t]!)) out.push([t, prefixOf(terms[t]!)]);
    }
    if (q.length < 4 || /\d/.test(q)) return out; // "2015" is no typo for "2025"
    const seen = new Set(out.map(([t]) => t));
    for (const form of forms) {
      const t = lowerBound(terms, form);
      if (terms[t] === form && !seen.has(t)) [seen.add(t), out.push([t, FORM, true])];
    }
    if (!fuzzy) return out;
    const max = q.length < 8 ? 1 : 2; // about one edit in five letters
    // Typos seldom hit the first letter, and a swapped first pair puts the second letter first; scanning
    // only those terms keeps near misses cheap on every keystroke even with a large vocabulary.
    for (const first of new Set([q[0]!, q[1]!])) {
      for (let t = lowerBound(terms, first); t < terms.length && terms[t]!.startsWith(first); t++) {
        const term = terms[t]!;
        if (seen.has(t) || (typing && term.startsWith(q)) || term.length < q.length - max) continue;
        const [whole, prefix] = distances(q, term, max);
        if (whole <= max) out.push([t, FUZZY * (1 - whole / q.length), true]); // the word meant, in whichever form
        else if (typing && prefix <= max) out.push([t, FUZZY * prefixOf(term) * (1 - prefix / q.length)]);
      }
    }
    if (out.length) return out;
    // Built on first need: only terms that neither the index nor edit distance could place pay for it.
    this.fuse ??= new Fuse([...new Set(this.meta.flatMap((m) => termsOf(`${m.title} ${m.tags.join(' ')}`)))], { includeScore: true, ignoreLocation: true, threshold: 0.4 });
    for (const { item, score = 1 } of this.fuse.search(q, { limit: 3 })) out.push([lowerBound(terms, item), FUZZY * (1 - score)]);
    return out;
  }
}

/**
 * Whether two words typed one after the other stand one after the other in the text ("crisis house"
 * in "crisis houses and cafés"): among many sections holding both words apart, the phrase is what
 * was meant.
 */
function togetherIn(text: string[], reaches: Set<string>[]): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    for (let w = 0; w + 1 < reaches.length; w++) if (reaches[w]!.has(text[i]!) && reaches[w + 1]!.has(text[i + 1]!)) return true;
  }
  return false;
}

export function buildIndex(sections: GuidanceSection[]): GuidanceIndex {
  const { terms, starts, docs, weights } = postingsOf(sections);
  const cards = sections.map(({ id, title, summary, tags, domains }) => ({ id, title, summary, tags, domains })); // not bodies
  return new Index(cards, terms, starts, docs, weights);
}

/** Revives a stored index; throws if it doesn't fit the sections, so the caller rebuilds. */
export function loadIndex(row: unknown, sections: SectionMeta[]): GuidanceIndex {
  const mismatch = () => new Error('Stored guidance index does not match the sections; rebuild it');
  const parsed = SerialisedSchema.safeParse(row);
  if (!parsed.success) throw mismatch();
  const stored = parsed.data;
  const byId = new Map(sections.map((s) => [s.id, s]));
  const meta = stored.ids.flatMap((id) => byId.get(id) ?? []);
  const { starts, docs, weights } = stored;
  const fits = meta.length === stored.ids.length && meta.length === sections.length && starts.length === stored.terms.length + 1;
  if (!fits || docs.length !== weights.length || starts[stored.terms.length] !== docs.length) throw mismatch();
  return new Index(meta, stored.terms, starts, docs, weights);
}
