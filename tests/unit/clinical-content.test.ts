// Issue 15: what a clinical review of the built-in content found, kept from coming back.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkToQuestionnaire } from '../../core/fhir/questionnaire';
import { findScenarioReferenceErrors, ScenarioPackSchema } from '../../core/scenarios/schema';
import { compareCoverage } from '../../core/training/debrief';
import { recordItems } from '../../core/summary/items';
import { agreementKey, DEFAULT_CHOICES } from '../../core/summary/review';
import { generateSummary } from '../../core/summary/summary';
import { loadBuiltInContent } from '../../scripts/content-loader';
import { fullSession } from '../fixtures/full-session';
import scenarioPack from '../../content/scenarios/builtin.json';

const { framework, sections } = loadBuiltInContent(resolve(import.meta.dirname, '../../content'));
const prompts = framework.domains.flatMap((d) => d.prompts);
const prompt = (id: string) => prompts.find((p) => p.id === id)!;
const words = (p: (typeof prompts)[number]) => [p.question, ...p.phrasings].join('\n');

describe('the built-in framework after the clinical review', () => {
  it('keeps the wordings a clinical review found presumptive out of every prompt', () => {
    const presumptive = [
      /who you are and where you feel you belong/i, // can sound like "where are you really from?"
      /really from/i,
      /what has your experience (of racism )?been\?/i, // assumed racism had happened
      /worries, if any, do you have about immigration status/i, // assumed a status
      /^How do your beliefs shape/i, // assumed beliefs
      /^Has your sexuality or gender identity affected/i, // closed question
    ];
    for (const p of prompts) for (const pattern of presumptive) expect(words(p), p.id).not.toMatch(pattern);
    expect(prompt('identity-racism-experiences').question).toMatch(/now, later, or not at all/);
    expect(prompt('identity-racism-in-services').question.match(/\?/g)).toHaveLength(1);
  });

  it('says migration and immigration worries are asked of everyone, never because of appearance', () => {
    expect(prompt('migration-journey').question).toMatch(/^We ask everyone/);
    expect(prompt('migration-journey').why).toMatch(/never because of someone's appearance/);
    expect(prompt('migration-status-worries').why).toMatch(/Ask everyone, without assuming/);
    // The charging question is asked once, in the migration domain (issue 15: it was asked twice).
    expect(prompts.filter((p) => /charg/i.test(p.question))).toEqual([]);
    expect(prompts.filter((p) => p.intent === 'immigration-and-charging-worries').map((p) => p.id)).toEqual(['migration-status-worries']);
  });

  it('advises asking about sexuality, gender and abuse only when the person is alone', () => {
    expect(prompt('wider-identity-sexuality-gender-safety').why).toMatch(/when the person is on their own/);
    expect(prompt('safety-domestic-abuse').question).toMatch(/when they are on their own/);
    expect(prompt('safety-domestic-abuse').why).toMatch(/interpreter/);
  });

  it('links the safeguarding and risk section from every prompt where disclosure is likeliest', () => {
    for (const id of ['safety-domestic-abuse', 'health-substance-use', 'legal-young-person'])
      expect(prompt(id).guidance, id).toContain('safeguarding-and-risk-disclosures');
    const section = sections.find((s) => s.id === 'safeguarding-and-risk-disclosures')!;
    expect(section.body).toMatch(/Coplan is not a risk tool/);
    expect(section.body).toMatch(/replace this section in your content pack/);
  });

  it('says in every statement about the 2025 Act whether it is in force, with the commencement source', () => {
    const about2025 = sections.filter((s) => /Mental Health Act 2025|2025 Act/.test(s.body));
    expect(about2025.length).toBeGreaterThan(5);
    for (const section of about2025) {
      expect(section.body, section.id).toMatch(/in force/);
      expect(section.references.map((r) => r.url), section.id).toContainEqual(expect.stringMatching(/^https:\/\/www\.legislation\.gov\.uk\/ukpga\/2025\/33/));
    }
  });

  const added = {
    'legal-status-capacity': ['legal-status-section', 'legal-capacity-decisions', 'legal-young-person'],
    'health-medication': ['health-medication-beliefs', 'health-physical-health', 'health-substance-use'],
    'safety-at-home': ['safety-domestic-abuse'],
    'practical-life': ['practical-life-way-of-life'],
  };

  it('covers the domains a clinical review found missing, each in the framework, the FHIR Questionnaire and the summary', () => {
    const questionnaire = frameworkToQuestionnaire(framework);
    const session = fullSession(framework, Date.UTC(2026, 11, 2));
    // Sensitive prompts (issue 14) reach the summary only once the person agreed: agree to all here.
    const agreed = new Set(recordItems(framework, session).filter((i) => i.sensitive).map(agreementKey));
    const summary = generateSummary(framework, session, { choices: { ...DEFAULT_CHOICES, agreed } });
    for (const [domainId, ids] of Object.entries(added)) {
      const domain = framework.domains.find((d) => d.id === domainId)!;
      const group = questionnaire.item!.find((i) => i.linkId === domainId)!;
      expect(group, domainId).toBeDefined();
      expect(summary).toContain(`${domain.title}\n`);
      for (const id of ids) {
        expect(domain.prompts.map((p) => p.id), id).toContain(id);
        expect(JSON.stringify(group.item), id).toContain(`"linkId":"${id}"`);
        expect(summary, id).toContain(`Explored: ${prompt(id).question}`);
      }
    }
    // What each new area is about, as the issue named it.
    const text = Object.values(added).flat().map((id) => words(prompt(id)) + prompt(id).why).join('\n');
    for (const topic of [/section 117/, /lasting power of attorney/, /IMCA/, /Gillick/, /parental responsibility/, /gelatine/, /fasting/i, /lithium/, /overshadowing/, /honour-based/i, /alcohol, drugs/i, /Gypsy, Roma and Traveller/])
      expect(text).toMatch(topic);
  });

  it('includes a White British person and a conversation through a professional interpreter among the training scenarios, each with a debrief', () => {
    const pack = ScenarioPackSchema.parse(scenarioPack);
    expect(findScenarioReferenceErrors(pack, framework)).toEqual([]);
    const whiteBritish = pack.scenarios.filter((s) => /White British/.test(s.person.summary));
    const interpreted = pack.scenarios.filter((s) => /professional \w+ interpreter/.test(s.setting));
    expect(whiteBritish.map((s) => s.id)).toEqual(['gary-lithium-and-a-pain-in-his-chest']);
    expect(interpreted.map((s) => s.id)).toContain('mariam-an-interpreter-not-her-son');
    for (const scenario of [...whiteBritish, ...interpreted]) {
      const debrief = compareCoverage(scenario, framework, fullSession(framework, Date.UTC(2026, 11, 2)));
      expect(debrief.explored.length + debrief.raised.length + debrief.missed.length, scenario.id).toBe(scenario.learningPoints.length);
      expect(debrief.missed, scenario.id).toEqual([]); // every domain explored in the full session
    }
    // The new scenario teaches the new domain, not only the old ones.
    expect(whiteBritish[0]!.learningPoints.map((p) => p.domain)).toContain('health-medication');
  });
});
