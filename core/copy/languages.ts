import { checkLanguagePack, ENGLISH, type CopyLanguageChoice, type LanguagePack } from './language-pack';

function choice(pack: LanguagePack): CopyLanguageChoice {
  const { id, lang, dir, name, englishName, phrases, review } = pack;
  return { id, lang, dir, name, englishName, phrases, example: review.status === 'example' };
}

/**
 * English first, then every pack that passes its check; a pack that fails is left out whole, with
 * the problems on the console, so a copy never mixes a bad translation into the person's plan.
 */
export function copyLanguages(packs: unknown[]): CopyLanguageChoice[] {
  const checked = packs.flatMap((raw) => {
    const result = checkLanguagePack(raw);
    if (!result.ok) console.warn('Coplan: a language pack was refused:', result.problems.join('; '));
    return result.ok ? [choice(result.pack)] : [];
  });
  return [{ id: 'en', example: false, ...ENGLISH }, ...checked];
}
