import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework, Prompt } from '../../core/framework/schema';
import type { Session } from '../../core/session/schema';
import { newSession } from '../../core/session/session';
import { recordItems } from '../../core/summary/items';
import { agreementKey, DEFAULT_CHOICES, READ_BACK_LINE } from '../../core/summary/review';
import { generateSummary, partItems, partText } from '../../core/summary/summary';

// Golden files are compared exactly; run with UPDATE_GOLDEN=1 to rewrite them, then read them.
const GOLDEN_DIR = resolve(import.meta.dirname, '../fixtures/summary');

function expectGolden(name: string, actual: string) {
  const file = resolve(GOLDEN_DIR, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual, 'utf8');
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const prompt = (id: string, question: string): Prompt => ({
  id,
  question,
  why: 'Why this matters to the plan.',
  phrasings: ['Another way to ask.', 'A third way to ask.'],
  record: 'What to write down.',
  guidance: ['test-guidance'],
});

/** Titles with commas, like the built-in framework's, and a least-restrictive list to order by. */
const framework: Framework = {
  id: 'summary-test',
  name: 'Summary test framework',
  version: '1.2.0',
  domains: [
    {
      id: 'own-account',
      title: "The person's own account",
      summary: 'What is happening, in their words.',
      prompts: [
        prompt('own-account-happening', 'What has been happening for you lately?'),
        prompt('own-account-want', 'What would you like to be different?'),
      ],
    },
    {
      id: 'faith',
      title: 'Faith, spirituality and beliefs about illness',
      summary: 'Beliefs about illness and healing.',
      prompts: [
        prompt('faith-importance', 'What part does faith play in your life?'),
        prompt('faith-healing', 'What do you believe would help you heal?'),
      ],
    },
    {
      id: 'language',
      title: 'Language and interpreters',
      summary: 'How the person prefers to talk.',
      prompts: [prompt('language-preferred', 'Which language would you like to use with us?')],
    },
    {
      id: 'trauma',
      title: 'Trauma and its effect on care',
      summary: 'Past harm and what keeps care safe.',
      prompts: [prompt('trauma-restraint', 'Has anything happened in past care that we should know about?')],
    },
    {
      id: 'family-carers',
      title: 'Family, carers, community and nominated person',
      summary: 'Who the person wants involved.',
      prompts: [prompt('family-involved', 'Who would you like us to involve in your care?')],
    },
  ],
  leastRestrictiveOptions: [
    { id: 'home-treatment', label: 'Home treatment', description: 'Care at home.' },
    { id: 'crisis-house', label: 'Crisis house', description: 'A short stay in the community.' },
    { id: 'family-support', label: 'Support from family or friends', description: 'Chosen people help.' },
    { id: 'informal-admission', label: 'Informal admission', description: 'A stay the person agrees to.' },
  ],
};

const NOON = new Date(2026, 10, 25, 12).getTime();
const DATE = { date: new Date(2026, 10, 25, 12) };
// Looks like initials; it must never reach the record.
const LABEL = 'QZ-label';

const start = (): Session => newSession(framework, LABEL, 'session-summary-1', NOON);

function midSession(): Session {
  const base = start();
  return {
    ...base,
    prompts: {
      'own-account-happening': { status: 'explored', note: 'Not sleeping since losing his job in September.' },
      'own-account-want': { status: 'revisit', note: '' },
      'faith-importance': { status: 'explored', note: 'Prays five times a day; the mosque is his main support.' },
      'faith-healing': { status: 'declined', note: 'Would rather talk about this with the imam first.' },
      'language-preferred': { status: 'explored', note: 'Prefers Arabic for anything about feelings; English is fine for dates and times.' },
      'trauma-restraint': { status: 'not-relevant', note: 'No earlier contact with mental health services.' },
    },
    record: {
      ownWords: 'I want to stay at home with my family.\nHospital last time made everything worse.',
      carerView: 'His brother worries he stops eating when he is low and wants to be called first.',
      actions: [
        { id: 'a1', what: 'Arrange a home treatment team visit', who: 'Care coordinator', byWhen: 'Friday 27 November' },
        { id: 'a2', what: 'Ask the imam to join the next review', who: 'The person', byWhen: '' },
        { id: 'a3', what: '  Book an Arabic interpreter for every appointment ', who: '', byWhen: '' },
        { id: 'a4', what: '', who: '', byWhen: '' },
      ],
      options: {
        'informal-admission': { choice: 'not-suitable', reason: 'He does not want to go to hospital.' },
        'home-treatment': { choice: 'preferred', reason: 'Family at home can help.' },
        'crisis-house': { choice: 'discussed', reason: '' },
      },
      disagreements: 'He sees this as grief, not depression. The clinician thinks medication may help; he does not want it now.',
      participants: { interpreter: true, interpreterLanguage: ' Arabic ', interpreterKind: 'telephone', interpreterReason: '', advocate: true, carer: true, nominatedPerson: false },
      communication: { preferredLanguage: 'Arabic ', interpreterNeeded: 'yes', support: 'Information read aloud; he finds long letters hard.' },
      chosenServices: [],
    },
  };
}

// Escapes for the invisible parts, so no editor can quietly change them in this file.
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
const RAINBOW_FLAG = '\u{1F3F3}\uFE0F\u200D\u{1F308}';
const DARK_THUMBS_UP = '\u{1F44D}\u{1F3FF}';
const RENEE = 'Rene\u0301e';
const VIET = 'Vie\u0323\u0302t';
const ARABIC = 'أريد أن أبقى في البيت مع عائلتي';
const HEBREW = 'אני רוצה לדבר עם הרב שלי';

function unicodeSession(): Session {
  const base = start();
  return {
    ...base,
    prompts: {
      'faith-importance': { status: 'explored', note: `${HEBREW} (wants to speak with his rabbi)` },
      'family-involved': { status: 'explored', note: `Her partner ${RENEE} and their family ${FAMILY} ${RAINBOW_FLAG}` },
    },
    record: {
      ...base.record,
      ownWords: `${ARABIC}\nMy home is ${FAMILY} ${DARK_THUMBS_UP}\nSpeak to me in ${VIET}`,
      disagreements: `${ARABIC} — ${HEBREW}`,
      participants: { ...base.record.participants, interpreter: true, interpreterLanguage: 'العربية' },
    },
  };
}

describe('generateSummary', () => {
  it('says honestly that nothing was covered in an empty session', () => {
    expectGolden('empty', generateSummary(framework, start(), DATE));
  });

  it('writes a mid-session record in framework order', () => {
    const summary = generateSummary(framework, midSession(), DATE);
    expectGolden('mid-session', summary);
    expect(summary).not.toContain(LABEL);
    expect(summary.toLowerCase()).not.toContain('patient');
  });

  it('keeps right-to-left text, emoji sequences and combining marks byte for byte', () => {
    const session = unicodeSession();
    const summary = generateSummary(framework, session, DATE);
    expectGolden('unicode', summary);
    const bytes = Buffer.from(summary, 'utf8');
    for (const text of [`"${session.record.ownWords}"`, session.record.disagreements, FAMILY, RAINBOW_FLAG, RENEE, VIET, HEBREW]) {
      expect(bytes.includes(Buffer.from(text, 'utf8'))).toBe(true);
    }
    // Not normalised to NFC: the precomposed é must not appear.
    expect(summary).not.toContain('\u00e9');
  });

  it('carries a 100 KB note through intact', () => {
    const note = Array.from({ length: 100 * 1024 }, (_, i) => 'abcdefghij klmnopqrst\n\u0645\u0631\u062d\u0628\u0627 '[i % 30]).join('');
    const session = { ...start(), prompts: { 'trauma-restraint': { status: 'explored' as const, note } } };
    const summary = generateSummary(framework, session, DATE);
    expect(summary).toContain(`- Explored: Has anything happened in past care that we should know about? — ${note}\n\n`);
  });

  it('dates the summary by when the session finished unless told otherwise', () => {
    const session = { ...start(), finishedAt: new Date(2027, 0, 3, 9).getTime() };
    expect(generateSummary(framework, session).split('\n')[0]).toBe('Co-produced care plan discussion on 3 January 2027');
  });

  it('names an interpreter without a language, and a nominated person', () => {
    const session = start();
    session.record.participants = { interpreter: true, interpreterLanguage: '', interpreterKind: '', interpreterReason: '', advocate: false, carer: false, nominatedPerson: true };
    expect(generateSummary(framework, session, DATE)).toContain(
      "Who took part\nThe person and the clinician, with an interpreter and the person's nominated person.\n",
    );
  });

  it('splits the crisis plan and agreed actions into parts of their own, and the summary says where they went (issue #18)', () => {
    const session = midSession();
    const summary = generateSummary(framework, session, { ...DATE, separate: { crisis: true, actions: true } });
    expect(summary).not.toContain('\n\nAgreed actions\n');
    expect(summary).not.toContain('Least restrictive options considered');
    expect(summary).toContain('In other fields of this record\n- Crisis plan\n- Agreed actions\n\nFramework:');
    const crisis = partText(framework, session, 'crisis', DATE);
    expect(crisis.split('\n')[0]).toMatch(/^Crisis plan from the co-produced care plan discussion on /);
    expect(crisis).toContain('- Home treatment: preferred by the person — Family at home can help.');
    const actions = partText(framework, session, 'actions', DATE);
    expect(actions).toContain('Agreed actions\n- Arrange a home treatment team visit (who: Care coordinator; by: Friday 27 November)');
    expect(partItems(framework, start(), 'crisis')).toEqual([]);
    expect(partItems(framework, start(), 'actions')).toEqual([]);
  });

  it('marks a training part as training too', () => {
    const session = { ...midSession(), training: true };
    expect(partText(framework, session, 'crisis', DATE).split('\n')[0]).toBe('TRAINING EXERCISE: fictional person, not a clinical record.');
    expect(partText(framework, session, 'actions', DATE).split('\n')[0]).toBe('TRAINING EXERCISE: fictional person, not a clinical record.');
  });
});

describe('what the summary writes about declined, not relevant and sensitive prompts (issue 14)', () => {
  const MARKER = 'SENSITIVE-MARKER-7f3a';
  const sensitiveFramework: Framework = {
    ...framework,
    domains: framework.domains.map((d) => ({ ...d, prompts: d.prompts.map((p) => (p.id === 'trauma-restraint' ? { ...p, sensitive: true } : p)) })),
  };
  const withTrauma = (): Session => ({ ...start(), prompts: { 'trauma-restraint': { status: 'explored', note: MARKER } } });

  it('names no declined topic and none of what was said about it', () => {
    const summary = generateSummary(framework, midSession(), DATE);
    expect(summary).toContain("Some topics were not discussed, at the person's choice.");
    expect(summary).not.toContain('What do you believe would help you heal?');
    expect(summary).not.toContain('imam first');
    expect(summary).not.toMatch(/declined/i);
  });

  it('writes a Not relevant mark as not discussed, never as a finding', () => {
    const summary = generateSummary(framework, midSession(), DATE);
    expect(summary).not.toContain('Not relevant');
    expect(summary).not.toContain('No earlier contact with mental health services');
    expect(summary).toContain('Not covered in this conversation: Trauma and its effect on care; Family, carers, community and nominated person.');
  });

  it('leaves a sensitive prompt out until the person agreed, then writes it', () => {
    const items = recordItems(sensitiveFramework, withTrauma());
    expect(items.find((i) => i.id === 'prompt:trauma-restraint')?.sensitive).toBe(true);
    expect(generateSummary(sensitiveFramework, withTrauma(), DATE)).not.toContain(MARKER);
    const agreed = { ...DEFAULT_CHOICES, agreed: new Set(items.filter((i) => i.sensitive).map(agreementKey)) };
    expect(generateSummary(sensitiveFramework, withTrauma(), { ...DATE, choices: agreed })).toContain(`- Explored: Has anything happened in past care that we should know about? — ${MARKER}`);
    // Agreement is to the words shown: a note changed afterwards drops out until agreed again.
    const changed = { ...withTrauma(), prompts: { 'trauma-restraint': { status: 'explored' as const, note: `${MARKER} and more` } } };
    expect(generateSummary(sensitiveFramework, changed, { ...DATE, choices: agreed })).not.toContain(MARKER);
  });

  it('leaves out an ordinary item the person asked to leave out, and adds the read-back line when ticked', () => {
    const choices = { excluded: new Set(['carer-view', 'action:a2']), agreed: new Set<string>(), readBack: true };
    const summary = generateSummary(framework, midSession(), { ...DATE, choices });
    expect(summary).not.toContain("Carer's view");
    expect(summary).not.toContain('Ask the imam');
    expect(summary).toContain('Arrange a home treatment team visit');
    expect(summary).toContain(`\n\n${READ_BACK_LINE}\n\nFramework:`);
  });
});
