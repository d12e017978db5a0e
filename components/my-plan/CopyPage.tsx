import { useEffect, useState } from 'preact/hooks';
import type { MyPlan as Plan } from '../../core/copy/my-plan';
import type { CopyLanguageChoice } from '../../core/copy/language-pack';
import { MyPlan } from './MyPlan';

interface Props {
  plan: Plan;
  languages: CopyLanguageChoice[];
  /** What the record says about the person's preferred language, shown beside the choice. */
  preferredLanguage: string;
  onPrint: () => void;
}

/** The page around "My plan": the clinician's choices (not printed) and the copy itself. */
export function CopyPage({ plan, languages, preferredLanguage, onPrint }: Props) {
  const [languageId, setLanguageId] = useState(languages[0]!.id);
  const [largePrint, setLargePrint] = useState(false);
  const [highContrast, setHighContrast] = useState(false);
  const language = languages.find((l) => l.id === languageId) ?? languages[0]!;
  // The whole document takes the copy's language and direction, so print headers and screen readers agree.
  useEffect(() => {
    document.documentElement.lang = language.lang;
    document.documentElement.dir = language.dir;
  }, [language]);
  // The person's words are marked with their language only when the record names one we know.
  const wanted = preferredLanguage.trim().toLowerCase();
  const wordsLang = languages.find((l) => wanted && (l.englishName.toLowerCase() === wanted || l.name.toLowerCase() === wanted))?.lang;
  const classes = ['copy-page', largePrint && 'copy-page--large', highContrast && 'copy-page--contrast'].filter(Boolean).join(' ');

  return (
    <div class={classes}>
      <div class="copy-controls" lang="en-GB" dir="ltr" role="region" aria-label="Person's copy settings">
        <p class="copy-controls__check"><strong>Check this copy is for the person in front of you before you print it or hand it over.</strong></p>
        <div class="copy-controls__row">
          <label for="copy-language">Language of this copy</label>
          <select id="copy-language" value={languageId} aria-describedby="copy-language-hint" onChange={(e) => setLanguageId(e.currentTarget.value)}>
            {languages.map((l) => <option key={l.id} value={l.id} lang={l.lang} dir={l.dir}>{l.name}{l.example ? ' (example, not clinically reviewed)' : ''}</option>)}
          </select>
          <p id="copy-language-hint" class="copy-controls__hint">
            {preferredLanguage.trim() ? <>Preferred language in the record: <span dir="auto">{preferredLanguage}</span>. </> : 'No preferred language is recorded. '}
            Only the fixed headings are translated; the person’s words stay as typed.
          </p>
        </div>
        <div class="copy-controls__row">
          <label class="copy-controls__check-box"><input type="checkbox" checked={largePrint} onChange={(e) => setLargePrint(e.currentTarget.checked)} /> Large print</label>
          <label class="copy-controls__check-box"><input type="checkbox" checked={highContrast} onChange={(e) => setHighContrast(e.currentTarget.checked)} /> High contrast</label>
          <button type="button" onClick={onPrint}>Print or save as PDF</button>
        </div>
      </div>
      {language.example && (
        <p class="copy-example" lang="en-GB" dir="ltr" role="note">Example translation, not clinically reviewed: do not give this to a person as their plan.</p>
      )}
      <MyPlan plan={plan} language={language} wordsLang={wordsLang} />
    </div>
  );
}
