import type { MyPlan as Plan } from '../../core/copy/my-plan';
import type { CopyLanguageChoice } from '../../core/copy/language-pack';
import type { Phrases } from '../../core/copy/phrases';
import type { Service } from '../../core/services/schema';

interface Props {
  plan: Plan;
  /** The language the copy's fixed words are in: English, or a trust's language pack. */
  language: Pick<CopyLanguageChoice, 'lang' | 'dir' | 'phrases'>;
  /** BCP 47 tag of the language the person's own words are in, when it is known; otherwise unmarked. */
  wordsLang?: string;
}

/**
 * "My plan": the person's copy, written to them (issue 14). Every part carries its own `lang` and
 * `dir`: fixed words in the copy's language, the person's words in theirs (or `dir="auto"`).
 */
export function MyPlan({ plan, language, wordsLang }: Props) {
  const { phrases: t, lang, dir } = language;
  const date = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(plan.date);
  const words = { lang: wordsLang ?? '', dir: 'auto' } as const;
  const part = { lang, dir };
  return (
    <article class="my-plan" {...part} aria-labelledby="my-plan-h">
      <header {...part}>
        <h1 id="my-plan-h">{t.title}</h1>
        <p>{t.intro.replace('{date}', date)}</p>
      </header>

      {plan.ownWords.trim() !== '' && (
        <section {...part} aria-labelledby="matters-h">
          <h2 id="matters-h">{t.whatMattersHeading}</h2>
          <p>{t.whatMattersIntro}</p>
          <blockquote class="my-plan__words" {...words}>{plan.ownWords}</blockquote>
        </section>
      )}

      <section {...part} aria-labelledby="actions-h">
        <h2 id="actions-h">{t.actionsHeading}</h2>
        {plan.actions.length === 0 ? <p>{t.noActions}</p> : (
          <ol class="my-plan__actions">
            {plan.actions.map((a) => (
              <li key={a.id}>
                <span {...words}>{a.what}</span>
                {a.who.trim() && <><br />{t.actionWho}: <span {...words}>{a.who}</span></>}
                {a.byWhen.trim() && <><br />{t.actionWhen}: <span {...words}>{a.byWhen}</span></>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section {...part} aria-labelledby="crisis-h">
        <h2 id="crisis-h">{t.crisisHeading}</h2>
        {plan.crisisChoices.length === 0 ? <p>{t.crisisNotChosen}</p> : (
          <>
            <p>{t.crisisIntro}</p>
            <ul>
              {/* Option names come from the (English) framework; a pack does not translate them yet. */}
              {plan.crisisChoices.map((c) => (
                <li key={c.label}>
                  <strong lang="en" dir="ltr">{c.label}</strong>
                  {c.reason.trim() && <> — <span {...words}>{c.reason}</span></>}
                </li>
              ))}
            </ul>
          </>
        )}
        {plan.crisisServices.length > 0 && (
          <>
            <p>{t.crisisContacts}</p>
            <ServiceList services={plan.crisisServices} t={t} />
          </>
        )}
      </section>

      <section {...part} aria-labelledby="services-h">
        <h2 id="services-h">{t.servicesHeading}</h2>
        {plan.chosenServices.length === 0 ? <p>{t.noServices}</p> : <ServiceList services={plan.chosenServices} t={t} />}
      </section>

      <section {...part} aria-labelledby="rights-h">
        <h2 id="rights-h">{t.rightsHeading}</h2>
        <ul>
          <li>{t.rightInterpreter}</li>
          <li>{t.rightAdvocate}</li>
          <li>{t.rightRecords}</li>
          <li>{t.rightChange}</li>
        </ul>
        <h3>{t.advocateHeading}</h3>
        <p>{t.advocateText}</p>
        <ServiceList services={plan.advocacyServices} t={t} />
      </section>
    </article>
  );
}

/** Directory entries with their contacts; names and details are the directory's (English) text. */
function ServiceList({ services, t }: { services: Service[]; t: Phrases }) {
  return (
    <ul class="my-plan__services">
      {services.map((s) => (
        <li key={s.id}>
          <strong lang="en" dir="ltr">{s.name}</strong>
          <dl>
            {s.contact.phone && <><dt>{t.contactPhone}</dt><dd dir="ltr">{s.contact.phone}</dd></>}
            {/* A text-only number sits under "Phone" with the word "Text", so no pack needs a new phrase. */}
            {s.contact.text && <><dt>{t.contactPhone}</dt><dd lang="en" dir="ltr">Text {s.contact.text}</dd></>}
            {s.contact.email && <><dt>{t.contactEmail}</dt><dd dir="ltr">{s.contact.email}</dd></>}
            {s.contact.website && <><dt>{t.contactWebsite}</dt><dd dir="ltr">{s.contact.website}</dd></>}
            <dt>{t.openingHours}</dt><dd lang="en" dir="ltr">{s.openingHours}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
