import type { FeedbackStatement } from '../framework/schema';
import { ENGLISH_FEEDBACK_PHRASES, type FeedbackPhrases } from './feedback-phrases';
import { checkLanguagePack } from './language-pack';

/** A language the feedback page can be shown in, with the statements in force in it. */
export interface FeedbackLanguage {
  id: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name, in its own script. */
  name: string;
  phrases: FeedbackPhrases;
  statements: FeedbackStatement[];
  /** Not clinically reviewed: the page says so. */
  example: boolean;
}

/**
 * English first, then every pack that passes its check and translates the whole page: its fixed
 * words and every statement in force (a trust pack's statements need the trust's translations).
 * A pack missing any of them is not offered, so the person never reads a page half in one language.
 */
export function feedbackLanguages(packs: readonly unknown[], statements: readonly FeedbackStatement[]): FeedbackLanguage[] {
  const english: FeedbackLanguage = { id: 'en', lang: 'en-GB', dir: 'ltr', name: 'English', phrases: ENGLISH_FEEDBACK_PHRASES, statements: [...statements], example: false };
  return [english, ...packs.flatMap((raw) => {
    const result = checkLanguagePack(raw);
    if (!result.ok || !result.pack.feedback) return [];
    const { id, lang, dir, name, review, feedback } = result.pack;
    const translated = statements.map((s) => ({ id: s.id, text: feedback.statements[s.id] }));
    if (translated.some((s) => !s.text)) return [];
    return [{ id, lang, dir, name, phrases: feedback.phrases, statements: translated as FeedbackStatement[], example: review.status === 'example' }];
  })];
}
