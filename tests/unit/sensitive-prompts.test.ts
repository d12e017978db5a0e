import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInContent } from '../../scripts/content-loader';

// Issue 14: what a person says on these topics can harm them if family (proxy access), another
// agency or an overseas visitors team reads the record, so the built-in prompts carry the flag.
const framework = loadBuiltInContent(resolve(import.meta.dirname, '../../content')).framework;
const sensitive = new Set(framework.domains.flatMap((d) => d.prompts.filter((p) => p.sensitive).map((p) => p.id)));

const BY_TOPIC: Record<string, string[]> = {
  'sexuality and gender identity': ['wider-identity-sexuality-gender-safety', 'wider-identity-name-and-pronouns'],
  'immigration status': ['migration-status-worries'], // asked once since issue 15
  'trauma details': ['trauma-what-to-know', 'trauma-restraint-detention'],
  'abuse (safety at home)': ['practical-life-home', 'safety-domestic-abuse'],
  'substance use': ['health-substance-use'],
  'faith practices': ['faith-healing-practices'],
};

describe('sensitive prompts in the built-in framework', () => {
  for (const [topic, ids] of Object.entries(BY_TOPIC)) {
    it(`flags the prompts about ${topic}`, () => {
      for (const id of ids) expect(sensitive.has(id), id).toBe(true);
    });
  }

  it('leaves everyday prompts unflagged, so the record still holds the plan', () => {
    for (const id of ['own-account-what-matters', 'least-restrictive-crisis-plan', 'language-preferred-language']) expect(sensitive.has(id), id).toBe(false);
  });
});
