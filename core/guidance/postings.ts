import type { GuidanceSection } from './schema';
import { sectionNumbersIn } from './synonyms';
import { foldTerm, forEachWord, isStopWord } from './terms';

/**
 * The guidance index's postings: for each term, the sections holding it and how much it weighs in
 * each (BM25 per field, with field boosts and per-field rarity folded in), as typed arrays.
 *
 * Each section's words are read once and numbered, and every later pass works on those numbers in
 * typed arrays. Tokenising twice and keeping a Map of terms per section (and per term's postings)
 * made building the index the largest part of importing a 10,000-section pack (issue 20: ~2.4 s of
 * 5 s, much of it garbage collection).
 */

// Title and tags well above body, so a section about a thing outranks one that mentions it. Tags are
// chosen to say what a section is about, so they count as much as the title: at 10,000 sections a
// word in a tag was losing to the same word in passing in another section's title (issue 20 item 6).
const FIELDS = [['title', 6], ['tags', 6], ['summary', 2], ['body', 1]] as const;
const F = FIELDS.length;
const K1 = 1.2;
const B = 0.75;
// A word in the title or tags and in the section's other fields says the section is about it: among
// 10,000 sections, many titles carry a word in passing (see tests/bench/search-speed.ts's corpus).
// Only headed words gain, so a title or tag match still outranks every match in the body alone.
const AGREEMENT = 0.5;
const HEADED = 0b0011; // title, tags
const FIELD_COUNT = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4]; // set bits of a 4-field mask
/** Weights are stored × SCALE: ≤ 15 boosts × (K1 + 1) × idf (≤ 9 at 10,000 sections) fit a Uint16. */
export const SCALE = 100;

export interface Postings {
  /** Sorted; a term's postings are docs and weights from starts[t] to starts[t + 1], in section order. */
  terms: string[];
  starts: Uint32Array<ArrayBuffer>;
  docs: Uint32Array<ArrayBuffer>;
  weights: Uint16Array<ArrayBuffer>;
}

function fieldText(section: GuidanceSection, field: (typeof FIELDS)[number][0]): string {
  const text = field === 'tags' ? section.tags.join(' ') : section[field];
  const numbers = sectionNumbersIn(text);
  return numbers ? `${text} ${numbers}` : text;
}

/**
 * Numbers words as they are read, slicing a word out of its text only the first time it is seen: a
 * new string for each of the 3 million words of a 10,000-section pack, hashed again by a Map, was
 * most of building its index, and much of that garbage collection (issue 20, pack-import-10k).
 */
class Vocabulary {
  /** Term numbers' words, stop words left out. */
  readonly names: string[] = [];
  // Every distinct word seen, stop words too, with its term number (-1 for a stop word); `slots`
  // holds a word's place here + 1 at its hash, probing onwards past other words.
  private readonly words: string[] = [];
  private readonly numbers: number[] = [];
  private slots = new Int32Array(1 << 14);

  /** The term number of `text` from `start` to `end`, or -1 for a stop word. */
  number(text: string, start: number, end: number): number {
    let slot = hashOf(text, start, end) & (this.slots.length - 1);
    for (;; slot = (slot + 1) & (this.slots.length - 1)) {
      const w = this.slots[slot]! - 1;
      if (w < 0) break;
      const word = this.words[w]!;
      if (word.length === end - start && text.startsWith(word, start)) return this.numbers[w]!;
    }
    const word = text.slice(start, end);
    const number = isStopWord(word) ? -1 : this.names.push(word) - 1;
    this.slots[slot] = this.words.push(word);
    this.numbers.push(number);
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return number;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.words.forEach((word, w) => {
      let slot = hashOf(word, 0, word.length) & mask;
      while (this.slots[slot]) slot = (slot + 1) & mask;
      this.slots[slot] = w + 1;
    });
  }
}

/** FNV-1a over the characters from `start` to `end`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 2166136261;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** Every section's words, numbered: field k (= section × F + field) holds tokens[ends[k - 1] .. ends[k]). */
function numberedWords(sections: GuidanceSection[]) {
  const vocabulary = new Vocabulary();
  const ends = new Uint32Array(sections.length * F);
  const lengths = new Uint32Array(sections.length * F); // in characters: BM25's length norm
  let tokens = new Uint32Array(1 << 16);
  let used = 0;
  sections.forEach((section, d) => FIELDS.forEach(([field], f) => {
    const text = fieldText(section, field);
    lengths[d * F + f] = text.length;
    const folded = foldTerm(text);
    forEachWord(folded, (start, end) => {
      const t = vocabulary.number(folded, start, end);
      if (t < 0) return;
      if (used === tokens.length) tokens = grown(tokens);
      tokens[used++] = t;
    });
    ends[d * F + f] = used;
  }));
  return { names: vocabulary.names, tokens, ends, lengths };
}

function grown(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export function postingsOf(sections: GuidanceSection[]): Postings {
  const { names, tokens, ends, lengths } = numberedWords(sections);
  const n = sections.length;
  const T = names.length;

  // Rarity within each field, as a word rare among titles says more in a title than a word every
  // title has: this lifted typo recall at 10,000 sections from 95.7 % to 97.1 %.
  const df = new Uint32Array(T * F); // at t × F + f: sections whose field f holds term t
  const sectionsWith = new Uint32Array(T); // postings per term
  const lastField = new Int32Array(T).fill(-1);
  const lastSection = new Int32Array(T).fill(-1);
  for (let k = 0, i = 0; k < n * F; k++) {
    const d = Math.floor(k / F);
    for (; i < ends[k]!; i++) {
      const t = tokens[i]!;
      if (lastField[t] !== k) {
        lastField[t] = k;
        df[t * F + (k % F)]!++;
      }
      if (lastSection[t] !== d) {
        lastSection[t] = d;
        sectionsWith[t]!++;
      }
    }
  }
  const idf = new Float64Array(T * F);
  for (let x = 0; x < T * F; x++) idf[x] = Math.log(1 + (n - df[x]! + 0.5) / (df[x]! + 0.5));
  const average = FIELDS.map((_, f) => {
    let sum = 0;
    for (let d = 0; d < n; d++) sum += lengths[d * F + f]!;
    return sum / n || 1;
  });

  // Terms in order, and where each one's postings start; sections are visited in order below, so
  // each term's postings come out sorted by section.
  const order = Array.from(names.keys()).sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
  const starts = new Uint32Array(T + 1);
  const next = new Uint32Array(T); // where term t's next posting goes
  order.forEach((t, r) => {
    next[t] = starts[r]!;
    starts[r + 1] = starts[r]! + sectionsWith[t]!;
  });
  const docs = new Uint32Array(starts[T]!);
  const weights = new Uint16Array(docs.length);

  const count = new Uint32Array(T); // term t's occurrences in the current field
  const weight = new Float64Array(T); // its weight summed over the section's fields
  const fieldsWith = new Uint8Array(T);
  const inField = new Uint32Array(T); // distinct terms of the current field
  const inSection = new Uint32Array(T); // distinct terms of the current section
  for (let d = 0, i = 0; d < n; d++) {
    let sectionTerms = 0;
    for (let f = 0; f < F; f++) {
      const k = d * F + f;
      let fieldTerms = 0;
      for (; i < ends[k]!; i++) {
        const t = tokens[i]!;
        if (count[t]!++ === 0) inField[fieldTerms++] = t;
      }
      const norm = K1 * (1 - B + (B * lengths[k]!) / average[f]!);
      for (let j = 0; j < fieldTerms; j++) {
        const t = inField[j]!;
        const tf = count[t]!;
        count[t] = 0;
        if (!fieldsWith[t]) inSection[sectionTerms++] = t;
        weight[t] = weight[t]! + (FIELDS[f]![1] * idf[t * F + f]! * tf * (K1 + 1)) / (tf + norm);
        fieldsWith[t] = fieldsWith[t]! | (1 << f);
      }
    }
    for (let j = 0; j < sectionTerms; j++) {
      const t = inSection[j]!;
      const mask = fieldsWith[t]!;
      const w = mask & HEADED ? weight[t]! * (1 + AGREEMENT * (FIELD_COUNT[mask]! - 1)) : weight[t]!;
      const p = next[t]!++;
      docs[p] = d;
      weights[p] = Math.min(65535, Math.max(1, Math.round(w * SCALE))); // at least 1: a match in every section still matches
      weight[t] = 0;
      fieldsWith[t] = 0;
    }
  }
  return { terms: order.map((t) => names[t]!), starts, docs, weights };
}
