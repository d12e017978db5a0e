import { useEffect, useState } from 'preact/hooks';
import type { FeedbackLanguage } from '../../core/copy/feedback-languages';
import type { CategoryId, EqualityAnswers } from '../../core/equality/categories';
import type { FeedbackAnswers } from '../../core/feedback/store';
import { AboutYou } from './AboutYou';
import { StatementScale } from './StatementScale';

interface Props {
  /** English first, then the languages a pack translates the whole page into. */
  languages: readonly FeedbackLanguage[];
  /** Equality questions the trust's policy asks. */
  asked: readonly CategoryId[];
  /** Stores the answers; resolves false if they could not be stored. */
  send: (answers: FeedbackAnswers) => Promise<boolean>;
}

type Stage = 'asking' | 'sending' | 'sent' | 'failed';

/**
 * The person's (or carer's) feedback page (issue 16): a clean page with nothing of the session on
 * it. Once sent it clears, and shows nothing of the answers, so the clinician cannot read them back.
 */
export function FeedbackApp({ languages, asked, send }: Props) {
  const [languageId, setLanguageId] = useState(languages[0]!.id);
  const [carer, setCarer] = useState(false);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [equality, setEquality] = useState<EqualityAnswers>({});
  const [stage, setStage] = useState<Stage>('asking');
  // A new key remounts the form, so nothing chosen before survives into the next person's turn.
  const [round, setRound] = useState(0);
  const language = languages.find((l) => l.id === languageId) ?? languages[0]!;
  const t = language.phrases;

  // The whole page is in the chosen language: screen readers and the browser's text layout follow `lang` and `dir`.
  useEffect(() => {
    document.documentElement.lang = language.lang;
    document.documentElement.dir = language.dir;
  }, [language]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setStage('sending');
    const ok = await send({ carer, scores, equality });
    setCarer(false);
    setScores({});
    setEquality({});
    setRound((r) => r + 1);
    setStage(ok ? 'sent' : 'failed');
  };

  if (stage === 'sent') {
    return (
      <main class="feedback" aria-labelledby="thanks-h">
        <h1 id="thanks-h" tabIndex={-1} ref={(h) => h?.focus()}>{t.thanksHeading}</h1>
        <p>{t.thanksText}</p>
        <p>{t.handBack}</p>
        <button type="button" class="feedback__button feedback__button--secondary" onClick={() => setStage('asking')}>{t.someoneElse}</button>
      </main>
    );
  }
  return (
    <main class="feedback" aria-labelledby="feedback-h">
      {languages.length > 1 && (
        <div class="feedback__field feedback__language">
          <label for="feedback-language">{t.language === 'Language' ? 'Language' : `${t.language} · Language`}</label>
          <select id="feedback-language" value={language.id} onChange={(e) => setLanguageId(e.currentTarget.value)}>
            {languages.map((l) => <option key={l.id} value={l.id} lang={l.lang}>{l.name}</option>)}
          </select>
          {language.example && <p class="feedback__hint" lang="en-GB" dir="ltr">Example translation, not checked by a clinical reviewer.</p>}
        </div>
      )}
      <h1 id="feedback-h">{t.heading}</h1>
      <p>{carer ? t.introCarer : t.intro}</p>
      {stage === 'failed' && <p role="alert" class="feedback__alert">{t.failed}</p>}
      <form key={round} onSubmit={(e) => void submit(e)}>
        <fieldset class="feedback__group">
          <legend>{t.whoLegend}</legend>
          <label class="feedback__choice"><input type="radio" name="who" checked={!carer} onChange={() => setCarer(false)} /> {t.whoPerson}</label>
          <label class="feedback__choice"><input type="radio" name="who" checked={carer} onChange={() => setCarer(true)} /> {t.whoCarer}</label>
        </fieldset>
        {language.statements.map((s) => (
          <StatementScale key={s.id} statement={s} phrases={t} value={scores[s.id]} onChange={(score) => setScores({ ...scores, [s.id]: score })} />
        ))}
        {/* The equality questions use the NHS's own category wording, which packs do not translate: marked as English. */}
        <div lang="en-GB" dir="ltr">
          <AboutYou asked={asked} carer={carer} value={equality} onChange={setEquality} />
        </div>
        <button type="submit" class="feedback__button" disabled={stage === 'sending'}>{t.send}</button>
      </form>
    </main>
  );
}
