import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Status } from '../../core/session/statuses';
import { newSession, withPrompt } from '../../core/session/session';
import { builtInScenarioPack } from '../../core/training/builtin-scenarios';
import { compareCoverage, readDebrief } from '../../core/training/debrief';
import { loadBuiltInContent } from '../../scripts/content-loader';

const framework = loadBuiltInContent(resolve(import.meta.dirname, '../../content')).framework;
const jordan = builtInScenarioPack.scenarios.find((s) => s.id === 'jordan-rebuilding-trust')!;
const NOW = Date.UTC(2026, 10, 25, 12);

/** A practice session with the given prompts marked. */
function practice(marks: Record<string, Status>, training = true) {
  let session = newSession(framework, 'Practice J', 'session-practice-1', NOW, training);
  for (const [promptId, status] of Object.entries(marks)) session = withPrompt(session, promptId, { status }, NOW);
  return session;
}

describe('debrief comparison', () => {
  it('counts a learning point explored when its domain was, raised when the person declined, and missed otherwise', () => {
    const debrief = compareCoverage(jordan, framework, practice({
      'own-account-in-your-words': 'explored',
      'identity-racism-in-services': 'explored',
      'trauma-what-to-know': 'declined',
      'help-seeking-what-helped': 'revisit',
      'family-carers-who-matters': 'not-relevant',
    }));
    expect(debrief.explored.map((p) => [p.domainId, p.status])).toEqual([
      ['own-account', 'explored'],
      ['identity-racism', 'explored'],
    ]);
    // Declining is the person's choice, and respected; but the conversation did not happen, so it is not "explored" (issue 18).
    expect(debrief.raised.map((p) => [p.domainId, p.status])).toEqual([['trauma', 'declined']]);
    expect(debrief.missed.map((p) => [p.domainId, p.status])).toEqual([
      ['help-seeking', 'revisit'],
      ['family-carers', 'not-relevant'],
      ['rights-advocacy', 'open'],
      ['least-restrictive', 'open'],
    ]);
    expect(debrief.explored[0]).toMatchObject({ domainTitle: "The person's own account", point: jordan.learningPoints[0]!.point, outcome: 'explored' });
  });

  it('counts a domain explored when any one of its prompts was, as the sidebar does', () => {
    const debrief = compareCoverage(jordan, framework, practice({ 'trauma-what-to-know': 'open', 'trauma-what-helps': 'explored' }));
    expect(debrief.explored.map((p) => p.domainId)).toEqual(['trauma']);
    // ...and says how much of it: one of its prompts, not all.
    const trauma = framework.domains.find((d) => d.id === 'trauma')!;
    expect(debrief.explored[0]).toMatchObject({ explored: 1, total: trauma.prompts.length });
  });

  it('lists every point missed for an untouched session, and names domains explored beyond the scenario', () => {
    expect(compareCoverage(jordan, framework, practice({})).missed).toHaveLength(jordan.learningPoints.length);
    expect(compareCoverage(jordan, framework, practice({ 'faith-importance': 'explored', 'migration-journey': 'declined' })).alsoExplored)
      .toEqual(['Faith, spirituality and beliefs about illness']);
  });

  it('gives each repeated domain its own learning point', () => {
    const mariam = builtInScenarioPack.scenarios.find((s) => s.id === 'mariam-an-interpreter-not-her-son')!;
    const debrief = compareCoverage(mariam, framework, practice({ 'language-interpreter-preference': 'explored' }));
    expect(debrief.explored.map((p) => p.domainId)).toEqual(['language', 'language']);
  });
});

describe('debrief page', () => {
  it('refuses a real session, so real work is never shown beside a fictional scenario', () => {
    const page = readDebrief(jordan, practice({ 'faith-importance': 'explored' }, false), framework);
    expect(page).toEqual({ ok: false, reason: expect.stringContaining('not a practice session') });
  });

  it('says so when the session was reset or the scenario is unknown', () => {
    expect(readDebrief(jordan, undefined, framework)).toEqual({ ok: false, reason: expect.stringContaining('may have been reset') });
    expect(readDebrief(undefined, practice({}), framework)).toEqual({ ok: false, reason: expect.stringContaining('not on this device') });
    expect(readDebrief(jordan, { id: 'broken', prompts: 7 }, framework)).toEqual({ ok: false, reason: expect.stringContaining('could not be read') });
  });

  it('compares a practice session', () => {
    const page = readDebrief(jordan, practice({ 'own-account-in-your-words': 'explored' }), framework);
    expect(page.ok && page.debrief.explored.map((p) => p.domainId)).toEqual(['own-account']);
  });

  it('carries the trainee’s own summary, marked as training, to show beside the model', () => {
    let session = practice({ 'own-account-in-your-words': 'explored' });
    session = { ...session, record: { ...session.record, ownWords: 'I want to be listened to' } };
    const page = readDebrief(jordan, session, framework);
    expect(page.ok && page.traineeSummary).toMatch(/^TRAINING EXERCISE: fictional person, not a clinical record\./);
    expect(page.ok && page.traineeSummary).toContain('I want to be listened to');
  });
});
