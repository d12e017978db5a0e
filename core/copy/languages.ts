import { checkLanguagePack, ENGLISH, type CopyLanguageChoice, type LanguagePack } from './language-pack';

function choice(pack: LanguagePack): CopyLanguageChoice {
  const { id, lang, dir, name, englishName, phrases, review } = pack;
  return { id, lang, dir, name, englishName, phrases, example: review.status === 'example' };
}

const checked = (packs: unknown[]): LanguagePack[] =>
  packs.flatMap((raw) => {
    const result = checkLanguagePack(raw);
    if (!result.ok) console.warn('Coplan: a language pack was refused:', result.problems.join('; '));
    return result.ok ? [result.pack] : [];
  });

/**
 * English first, then every pack that passes its check; a pack that fails is left out whole, with
 * the problems on the console, so a copy never mixes a bad translation into the person's plan.
 * A trust's own pack (`installed`) takes the place of an example pack in the same language, or
 * with the same id: what the trust signed off is what the person gets.
 */
export function copyLanguages(examples: unknown[], installed: unknown[] = []): CopyLanguageChoice[] {
  const trust = checked(installed);
  const replaced = (pack: LanguagePack) => trust.some((t) => t.id === pack.id || t.lang.toLowerCase() === pack.lang.toLowerCase());
  const kept = checked(examples).filter((pack) => !replaced(pack));
  return [{ id: 'en', example: false, ...ENGLISH }, ...[...kept, ...trust].map(choice)];
}
