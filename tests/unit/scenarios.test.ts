import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import type { Framework } from '../../core/framework/schema';
import {
  findScenarioReferenceErrors,
  ScenarioPackSchema,
  type ScenarioPack,
} from '../../core/scenarios/schema';
import { loadBuiltInContent } from '../../scripts/content-loader';

const CONTENT = resolve(import.meta.dirname, '../../content');
const raw = (): unknown => JSON.parse(readFileSync(resolve(CONTENT, 'scenarios/builtin.json'), 'utf8'));

/** Parses a pack and returns the readable error, naming each path, or '' when it parses. */
function errorsOf(input: unknown): string {
  const result = ScenarioPackSchema.safeParse(input);
  return result.success ? '' : z.prettifyError(result.error);
}

let framework: Framework;
let pack: ScenarioPack;

beforeAll(() => {
  framework = loadBuiltInContent(CONTENT).framework;
  pack = ScenarioPackSchema.parse(raw());
});

describe('built-in scenario pack', () => {
  it('parses with the schema', () => {
    expect(errorsOf(raw())).toBe('');
    expect(pack).toMatchObject({ schemaVersion: 1, id: 'coplan-training', publisher: 'Coplan', version: '1.0.0' });
    expect(pack.scenarios).toHaveLength(8);
  });

  it('has unique scenario ids', () => {
    const ids = pack.scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refers only to domains and prompts that exist in the built-in framework', () => {
    expect(findScenarioReferenceErrors(pack, framework)).toEqual([]);
  });

  it('covers every framework domain in some scenario\'s learning points', () => {
    const taught = new Set(pack.scenarios.flatMap((s) => s.learningPoints.map((p) => p.domain)));
    const missing = framework.domains.map((d) => d.id).filter((id) => !taught.has(id));
    expect(missing).toEqual([]);
  });

  it('marks every person as fictional and carries nothing shaped like an NHS number', () => {
    for (const s of pack.scenarios) {
      expect(s.person.summary, s.id).toMatch(/\bfictional\b/i);
      expect(s.modelSummary, s.id).toMatch(/^Fictional training example\./);
      expect(JSON.stringify(s), s.id).not.toMatch(/\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/);
    }
  });

  it('follows the terminology rules', () => {
    for (const s of pack.scenarios) {
      const all = JSON.stringify(s);
      expect(all, s.id).not.toMatch(/\bBAME\b/i);
      expect(all, s.id).not.toMatch(/\bpatients?\b/i);
      expect(all, s.id).not.toMatch(/\bservice users?\b/i);
      // A spot check for American spellings that creep into clinical writing.
      expect(all, s.id).not.toMatch(/\b(behavior|color|center|organiz|recogniz|apologiz|program\b|counselor|pediatric|hospitaliz)/i);
    }
  });

  it('says a Mental Health Act 2025 provision may not be in force wherever it uses one', () => {
    for (const s of pack.scenarios) {
      const all = JSON.stringify(s);
      if (/nominated person|advance choice document/i.test(all))
        expect(all, s.id).toMatch(/may not (yet )?be in force/i);
    }
  });
});

describe('a bad scenario pack', () => {
  const good = () => structuredClone(raw()) as ScenarioPack;

  it('is rejected when fields are missing, naming the paths', () => {
    const bad = good() as unknown as Record<string, unknown> & { scenarios: Record<string, unknown>[] };
    delete bad.publisher;
    delete bad.scenarios[0]!.title;
    delete (bad.scenarios[1]!.person as Record<string, unknown>).age;
    const message = errorsOf(bad);
    expect(message).toContain('→ at publisher');
    expect(message).toContain('→ at scenarios[0].title');
    expect(message).toContain('→ at scenarios[1].person.age');
  });

  it('is rejected when there are too few learning points, lines, pitfalls or questions', () => {
    const bad = good();
    bad.scenarios[2]!.learningPoints = bad.scenarios[2]!.learningPoints.slice(0, 4);
    bad.scenarios[2]!.pitfalls = bad.scenarios[2]!.pitfalls.slice(0, 2);
    bad.scenarios[3]!.discussionQuestions = [];
    const message = errorsOf(bad);
    expect(message).toContain('→ at scenarios[2].learningPoints');
    expect(message).toContain('→ at scenarios[2].pitfalls');
    expect(message).toContain('→ at scenarios[3].discussionQuestions');
  });

  it('is rejected when a domain is unknown to the framework, naming the path', () => {
    const bad = good();
    bad.scenarios[1]!.learningPoints[2]!.domain = 'astrology';
    bad.scenarios[4]!.says[0]!.domain = 'not-a-domain';
    bad.scenarios[5]!.suggestedPhrasings[1]!.prompt = 'faith-importance';
    // Well-formed ids pass the schema; the framework cross-check names each bad reference.
    const parsed = ScenarioPackSchema.parse(good());
    expect(findScenarioReferenceErrors(parsed, framework)).toEqual([]);
    const errors = findScenarioReferenceErrors(bad, framework);
    expect(errors).toContain('scenarios[1].learningPoints[2].domain: unknown domain "astrology"');
    expect(errors).toContain('scenarios[4].says[0].domain: unknown domain "not-a-domain"');
    expect(errors.join('\n')).toContain('scenarios[5].suggestedPhrasings[1].prompt: "faith-importance" is not a prompt');
  });

  it('is rejected when a domain is not an id', () => {
    const bad = good();
    bad.scenarios[0]!.learningPoints[0]!.domain = 'Own Account';
    expect(errorsOf(bad)).toContain('→ at scenarios[0].learningPoints[0].domain');
  });

  it('is rejected when scenario ids are duplicated, naming the path', () => {
    const bad = good();
    bad.scenarios[3]!.id = bad.scenarios[0]!.id;
    const message = errorsOf(bad);
    expect(message).toContain(`duplicate id "${bad.scenarios[0]!.id}" (also scenarios[0].id)`);
    expect(message).toContain('→ at scenarios[3].id');
  });

  it('is rejected when a line belongs to a domain the scenario does not teach, or a taught domain has no line', () => {
    const bad = good();
    bad.scenarios[0]!.says.push({ domain: 'migration', text: 'Something about migration.' });
    bad.scenarios[1]!.suggestedPhrasings = bad.scenarios[1]!.suggestedPhrasings.filter((p) => p.domain !== 'trauma');
    const message = errorsOf(bad);
    expect(message).toContain('domain "migration" has no learning point');
    expect(message).toContain(`→ at scenarios[0].says[${bad.scenarios[0]!.says.length - 1}].domain`);
    expect(message).toContain('needs at least one entry for domain "trauma"');
    expect(message).toContain('→ at scenarios[1].suggestedPhrasings');
  });

  it('is rejected when the model summary is too short or too long, or a person is not marked fictional', () => {
    const bad = good();
    bad.scenarios[0]!.modelSummary = 'Fictional training example. Too short.';
    bad.scenarios[1]!.modelSummary = 'word '.repeat(301);
    bad.scenarios[2]!.person.summary = bad.scenarios[2]!.person.summary.replace(/fictional/gi, 'made-up');
    const message = errorsOf(bad);
    expect(message).toContain('must be 150 to 300 words (has 5)');
    expect(message).toContain('→ at scenarios[0].modelSummary');
    expect(message).toContain('must be 150 to 300 words (has 301)');
    expect(message).toContain('→ at scenarios[2].person.summary');
  });

  it('is rejected when anything looks like an NHS number', () => {
    const bad = good();
    bad.scenarios[0]!.person.history.push('NHS number 123 456 7890 noted.');
    const message = errorsOf(bad);
    expect(message).toContain('must not contain anything shaped like an NHS number');
    expect(message).toContain(`→ at scenarios[0].person.history[${bad.scenarios[0]!.person.history.length - 1}]`);
  });

  it('is rejected with the wrong schema version, a bad version or a bad date', () => {
    const bad = { ...good(), schemaVersion: 2, version: '1.0', date: '25/11/2026' };
    const message = errorsOf(bad);
    expect(message).toContain('→ at schemaVersion');
    expect(message).toContain('→ at version');
    expect(message).toContain('→ at date');
  });
});
