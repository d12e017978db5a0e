import { describe, expect, it } from 'vitest';
import { EXAMPLE_LANGUAGE_PACKS } from '../../core/copy/example-packs';
import { checkLanguagePack, directionOf } from '../../core/copy/language-pack';
import { copyLanguages } from '../../core/copy/languages';
import { PHRASE_KEYS } from '../../core/copy/phrases';

// Issue 14: a language pack is checked whole; one bad phrase refuses all of it.
const [urdu, polish] = EXAMPLE_LANGUAGE_PACKS as Record<string, unknown>[];
const copy = (pack: Record<string, unknown>) => structuredClone(pack) as Record<string, any>;

function refused(pack: unknown): string[] {
  const result = checkLanguagePack(pack);
  if (result.ok) throw new Error('the pack was accepted');
  return result.problems;
}

describe('language packs for the person’s copy', () => {
  it('accepts the two example packs, one right to left and one left to right, both marked as examples', () => {
    for (const [pack, dir] of [[urdu, 'rtl'], [polish, 'ltr']] as const) {
      const result = checkLanguagePack(pack);
      expect(result.ok && result.pack.dir).toBe(dir);
      expect(result.ok && result.pack.review.status).toBe('example');
    }
  });

  it('refuses a pack whose lang is not a BCP 47 tag', () => {
    const pack = copy(urdu!);
    pack.lang = 'Urdu language!';
    expect(refused(pack)).toContainEqual(expect.stringMatching(/^lang: must be a BCP 47 language tag/));
  });

  it('refuses a pack whose direction does not match its language', () => {
    const pack = copy(urdu!);
    pack.dir = 'ltr';
    expect(refused(pack)).toEqual(['dir: must be "rtl" for the language "ur"']);
  });

  it('refuses a pack with a phrase missing, naming it', () => {
    const pack = copy(polish!);
    delete pack.phrases.crisisHeading;
    expect(refused(pack)).toEqual(['phrases.crisisHeading: is missing']);
  });

  it('refuses script injection in a phrase', () => {
    for (const bad of ['<script>alert(1)</script>Mój plan', 'Zobacz javascript:alert(1)', 'Mój <img src=x onerror=alert(1)> plan']) {
      const pack = copy(polish!);
      pack.phrases.title = bad;
      expect(refused(pack)[0]).toMatch(/^phrases\.title: must (be plain text|not contain a script)/);
    }
  });

  it('refuses direction-override characters, an unknown phrase and a lost {date}', () => {
    const pack = copy(urdu!);
    pack.phrases.title = '\u202Eمیرا منصوبہ';
    pack.phrases.extra = 'not a phrase Coplan knows';
    pack.phrases.intro = 'یہ آپ کی کاپی ہے۔';
    const problems = refused(pack).join('\n');
    expect(problems).toContain('phrases.title: must not contain control or direction-override characters');
    expect(problems).toContain('Coplan does not know: extra');
    expect(problems).toContain('phrases.intro: must contain {date}');
  });

  it('leaves a bad pack out whole and keeps English and the good packs', () => {
    const bad = copy(polish!);
    bad.phrases.title = '<b>Mój plan</b>';
    const languages = copyLanguages([urdu, bad]);
    expect(languages.map((l) => l.id)).toEqual(['en', 'ur-example']);
  });

  it('has every English phrase in each example pack, and knows which scripts run right to left', () => {
    for (const pack of [urdu, polish]) expect(Object.keys(pack!.phrases as object).sort()).toEqual([...PHRASE_KEYS].sort());
    expect([directionOf('ar'), directionOf('fa-AF'), directionOf('he'), directionOf('pa-Arab'), directionOf('pl'), directionOf('pa')]).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr']);
  });
});
