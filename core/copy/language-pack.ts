import { z } from 'zod/mini';
import { IdSchema } from '../framework/schema';
import { describeIssues, firstFew, forbiddenKeys } from '../packs/problems';
import { ENGLISH_FEEDBACK_PHRASES, FEEDBACK_PHRASE_KEYS, type FeedbackPhraseKey } from './feedback-phrases';
import { ENGLISH_PHRASES, PHRASE_KEYS, type PhraseKey, type Phrases } from './phrases';

// A language pack (issue 14): the fixed headings and phrases of the person's copy in another
// language, supplied and signed off by a trust. No machine translation. Checked whole: one bad
// phrase refuses the whole pack, so a copy is never half in one language and half in another.

/** Scripts written right to left (ISO 15924), to check a pack's `dir` against its `lang`. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** The direction the language's usual script is written in, or undefined if `lang` is not a valid BCP 47 tag. */
export function directionOf(lang: string): 'ltr' | 'rtl' | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(lang);
    const script = new Intl.Locale(canonical!).maximize().script;
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return undefined;
  }
}

const PLACEHOLDER = /\{[a-z]+\}/g;

/** Text only: no markup, no links or script, no control characters that could reorder or hide text. */
const phrase = z.string().check(
  z.minLength(1),
  z.maxLength(600),
  z.refine((t) => !/[<>]/.test(t), 'must be plain text: < and > are not allowed (no markup or script)'),
  z.refine((t) => !/(javascript|data|vbscript):/i.test(t), 'must not contain a script or data link'),
  // Bidi overrides (U+202A–U+202E, U+2066–U+2069) could make text display in a misleading order.
  z.refine((t) => !/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(t), 'must not contain control or direction-override characters'),
);

const PhrasesSchema = z.strictObject(Object.fromEntries(PHRASE_KEYS.map((key) => [key, phrase])) as Record<PhraseKey, typeof phrase>);

/** The feedback page in this language (issue 16): its fixed words, and the statements by id. */
const FeedbackBlockSchema = z.strictObject({
  phrases: z.strictObject(Object.fromEntries(FEEDBACK_PHRASE_KEYS.map((key) => [key, phrase])) as Record<FeedbackPhraseKey, typeof phrase>),
  statements: z.record(IdSchema, phrase),
});

export const LanguagePackSchema = z
  .strictObject({
    kind: z.literal('language-pack'),
    schemaVersion: z.literal(1),
    id: IdSchema,
    /** BCP 47, e.g. "ur", "pl", "pa-Arab". */
    lang: z.string().check(z.refine((l) => directionOf(l) !== undefined, 'must be a BCP 47 language tag such as "ur" or "pl"')),
    dir: z.enum(['ltr', 'rtl']),
    /** The language's own name, in its own script. */
    name: z.string().check(z.minLength(2), z.maxLength(60)),
    englishName: z.string().check(z.minLength(2), z.maxLength(60)),
    publisher: z.string().check(z.minLength(2), z.maxLength(120)),
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0')),
    /** "example": not clinically reviewed, and the copy says so; "reviewed": signed off by the trust. */
    review: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('example') }),
      z.strictObject({ status: z.literal('reviewed'), by: z.string().check(z.minLength(2), z.maxLength(120)), on: z.iso.date() }),
    ]),
    phrases: PhrasesSchema,
    feedback: z.optional(FeedbackBlockSchema),
  })
  .check(
    z.superRefine((pack, ctx) => {
      if (directionOf(pack.lang) !== pack.dir) {
        ctx.addIssue({ code: 'custom', path: ['dir'], input: pack.dir, message: `must be "${directionOf(pack.lang)}" for the language "${pack.lang}"` });
      }
      // Each phrase keeps exactly the English placeholders, so {date} is never lost or invented.
      const placeholders = (path: string[], english: string, translated: string) => {
        const wanted = (english.match(PLACEHOLDER) ?? []).sort().join();
        if ((translated.match(PLACEHOLDER) ?? []).sort().join() !== wanted) {
          ctx.addIssue({ code: 'custom', path, input: translated, message: wanted ? `must contain ${wanted}` : 'must not contain {…} placeholders' });
        }
      };
      for (const key of PHRASE_KEYS) placeholders(['phrases', key], ENGLISH_PHRASES[key], pack.phrases[key]);
      for (const key of pack.feedback ? FEEDBACK_PHRASE_KEYS : []) placeholders(['feedback', 'phrases', key], ENGLISH_FEEDBACK_PHRASES[key], pack.feedback!.phrases[key]);
      for (const [id, text] of Object.entries(pack.feedback?.statements ?? {})) placeholders(['feedback', 'statements', id], '', text);
    }),
  );
export type LanguagePack = z.infer<typeof LanguagePackSchema>;

export type LanguagePackResult = { ok: true; pack: LanguagePack } | { ok: false; problems: string[] };

/** Checks a parsed pack whole; problems name the field and what to fix. */
export function checkLanguagePack(value: unknown): LanguagePackResult {
  const forbidden = forbiddenKeys(value);
  if (forbidden.length) return { ok: false, problems: forbidden };
  const parsed = LanguagePackSchema.safeParse(value);
  return parsed.success ? { ok: true, pack: parsed.data } : { ok: false, problems: firstFew(describeIssues(parsed.error.issues)) };
}

/** A language the person's copy can be printed in; `example` packs are not clinically reviewed and say so. */
export interface CopyLanguageChoice {
  id: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name, in its own script, so the person can check it. */
  name: string;
  /** Its name in English, to match what the record says the person prefers. */
  englishName: string;
  phrases: Phrases;
  example: boolean;
}

/** The English base, in the same shape as a pack's contents. */
export const ENGLISH: { lang: string; dir: 'ltr'; name: string; englishName: string; phrases: Phrases } = {
  lang: 'en-GB',
  dir: 'ltr',
  name: 'English',
  englishName: 'English',
  phrases: ENGLISH_PHRASES,
};
