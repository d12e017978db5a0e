import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CopyPage } from '../../components/my-plan/CopyPage';
import { EXAMPLE_LANGUAGE_PACKS } from '../../core/copy/example-packs';
import { copyLanguages } from '../../core/copy/languages';
import { myPlan } from '../../core/copy/my-plan';
import type { Service } from '../../core/services/schema';
import { newSession } from '../../core/session/session';
import { smallFramework } from '../fixtures/small-framework';

// Issue 14: the person's copy holds their words, the actions, the crisis plan, services and rights,
// and nothing written for the clinician.
const OWN_WORDS = 'OWN-WORDS-MARKER أريد البقاء في البيت';
const NOTE = 'CLINICIAN-NOTE-MARKER';

const service = (id: string, kind: Service['kind'], name: string): Service => ({
  id, kind, name, languages: [], faiths: [], area: 'Riverside', contact: { phone: '0000 000 000' }, openingHours: 'Every day',
});
const services = [service('crisis-cafe', 'crisis-alternative', 'Riverside Crisis Café'), service('advocates', 'advocacy', 'Riverside Advocacy'), service('mosque', 'faith', 'Riverside Mosque'), service('unchosen', 'community', 'Unchosen Club')];

function session() {
  const s = newSession(smallFramework, 'Copy', 'session-copy-1', Date.UTC(2026, 11, 2, 10));
  s.prompts = { 'faith-importance': { status: 'explored', note: NOTE } };
  s.record = {
    ...s.record,
    ownWords: OWN_WORDS,
    actions: [{ id: 'a1', what: 'Home treatment team visit', who: 'Care coordinator', byWhen: 'Friday' }],
    options: { 'home-treatment': { choice: 'preferred', reason: 'My sister can stay with me' } },
    disagreements: 'DISAGREEMENT-MARKER',
    communication: { preferredLanguage: 'Urdu', interpreterNeeded: 'yes', support: '' },
    chosenServices: ['crisis-cafe', 'mosque'],
  };
  return s;
}

function renderCopy() {
  const s = session();
  render(<CopyPage plan={myPlan(smallFramework, s, services)} languages={copyLanguages(EXAMPLE_LANGUAGE_PACKS)} preferredLanguage="Urdu" onPrint={() => undefined} />);
  return document.querySelector<HTMLElement>('.my-plan')!;
}

describe('the person’s copy, "My plan"', () => {
  it('holds the person’s words, the actions, the crisis plan, chosen services and rights, in the second person', () => {
    const copy = renderCopy();
    expect(within(copy).getByRole('heading', { level: 1, name: 'My plan' })).toBeTruthy();
    const text = copy.textContent!;
    for (const wanted of [OWN_WORDS, 'Home treatment team visit', 'Care coordinator', 'Home treatment', 'My sister can stay with me', 'Riverside Crisis Café', 'Riverside Mosque', 'Riverside Advocacy', 'Your rights', 'How to get an advocate']) {
      expect(text).toContain(wanted);
    }
    expect(text).toContain('This is your copy of the plan we made together on 2 December 2026.');
  });

  it('leaves out everything written for the clinician', () => {
    const text = renderCopy().textContent!;
    for (const unwanted of [NOTE, 'DISAGREEMENT-MARKER', 'Unchosen Club', ...smallFramework.domains.flatMap((d) => d.prompts.flatMap((p) => [p.question, p.why, p.record, ...p.phrasings]))]) {
      expect(text).not.toContain(unwanted);
    }
  });

  it('sets lang and dir on each part: headings in the pack’s language, the person’s words in theirs', () => {
    const copy = renderCopy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language of this copy' }), { target: { value: 'ur-example' } });
    expect(document.documentElement.lang).toBe('ur');
    expect(document.documentElement.dir).toBe('rtl');
    expect(within(copy).getByRole('heading', { level: 1 }).textContent).toBe('میرا منصوبہ');
    for (const section of copy.querySelectorAll('section')) expect([section.lang, section.dir]).toEqual(['ur', 'rtl']);
    const words = copy.querySelector('.my-plan__words')!;
    expect([words.getAttribute('lang'), words.getAttribute('dir'), words.textContent]).toEqual(['ur', 'auto', OWN_WORDS]);
    expect(screen.getByRole('note').textContent).toContain('Example translation, not clinically reviewed');
  });

  it('offers large print and high contrast', () => {
    renderCopy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Large print' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'High contrast' }));
    expect(document.querySelector('.copy-page')!.className).toBe('copy-page copy-page--large copy-page--contrast');
  });

  it('asks the clinician to check the copy is for the person in front of them, and starts in English with the recorded language shown', () => {
    renderCopy();
    const settings = screen.getByRole('region', { name: "Person's copy settings" });
    expect(settings.textContent).toContain('Check this copy is for the person in front of you before you print it or hand it over.');
    expect((screen.getByRole('combobox', { name: 'Language of this copy' }) as HTMLSelectElement).value).toBe('en');
    expect(settings.textContent).toContain('Preferred language in the record: Urdu.');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['English', 'اردو (example, not clinically reviewed)', 'Polski (example, not clinically reviewed)']);
  });
});

describe('services on the person’s copy (issue 15)', () => {
  const invented: Service = { ...service('example-line', 'advocacy', 'Invented Advocacy (fictional)'), example: true };
  const shout: Service = { ...service('shout-85258', 'crisis-line', 'Shout 85258'), contact: { text: '85258' } };
  const chosen = (training: boolean) => {
    const s = newSession(smallFramework, 'Copy', 'session-copy-2', Date.UTC(2026, 11, 2, 10), training);
    s.record = { ...s.record, chosenServices: ['example-line', 'shout-85258'] };
    return myPlan(smallFramework, s, [invented, shout]);
  };

  it('never puts an invented example service on a real person’s copy, even as the only advocacy service', () => {
    const plan = chosen(false);
    expect([...plan.advocacyServices, ...plan.chosenServices, ...plan.crisisServices].map((s) => s.id)).toEqual(['shout-85258']);
  });

  it('lets a training copy show the examples the trainer chose', () => {
    expect(chosen(true).advocacyServices.map((s) => s.id)).toEqual(['example-line']);
  });

  it('lists a chosen crisis line under the crisis plan with its text number', () => {
    render(<CopyPage plan={chosen(false)} languages={copyLanguages(EXAMPLE_LANGUAGE_PACKS)} preferredLanguage="" onPrint={() => undefined} />);
    const crisis = screen.getByText('Who you can contact in a crisis:').parentElement!;
    expect(crisis.textContent).toContain('Shout 85258');
    expect(crisis.textContent).toContain('Text 85258');
  });
});
