import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditEventSchema } from '../../core/audit/schema';
import { CoplanDb } from '../../core/db';
import { FrameworkSchema } from '../../core/framework/schema';
import type { UsageEvent } from '../../core/models/usage';
import { createSessionModel } from '../../core/models/session-model';
import { agendaView, chosenAgenda } from '../../core/session/agenda';
import { dexieStore } from '../../core/session/dexie-store';
import { openDomains } from '../../core/session/progress';
import { restoreSession } from '../../core/session/restore';
import { newSession } from '../../core/session/session';
import { memoryStore } from '../../core/session/store';
import { loadBuiltInContent } from '../../scripts/content-loader';
import { smallFramework } from '../fixtures/small-framework';

const builtIn = loadBuiltInContent(join(import.meta.dirname, '../../content')).framework;
const NOON = new Date('2026-12-02T12:00:00').getTime();
const promptIds = (domains: { prompts: { id: string }[] }[]) => domains.flatMap((d) => d.prompts.map((p) => p.id));

describe("today's agenda (issue 14)", () => {
  it('shows every area in framework order until the person has chosen', () => {
    expect(agendaView(builtIn, undefined)).toEqual({ today: builtIn.domains, others: [] });
    expect(agendaView(builtIn, { path: 'all', domains: [] })).toEqual({ today: builtIn.domains, others: [] });
  });

  it('puts the chosen areas first, in framework order, and keeps every other area below', () => {
    const agenda = chosenAgenda(builtIn, ['rights-advocacy', 'faith', 'not-a-domain']);
    expect(agenda).toEqual({ path: 'chosen', domains: ['faith', 'rights-advocacy'] });
    const view = agendaView(builtIn, agenda);
    expect(view.today.map((d) => d.id)).toEqual(['faith', 'rights-advocacy']);
    expect(view.others.map((d) => d.id)).toEqual(builtIn.domains.map((d) => d.id).filter((id) => id !== 'faith' && id !== 'rights-advocacy'));
  });

  it('takes a first contact through the core prompts only, with every other prompt still there once', () => {
    const view = agendaView(builtIn, { path: 'first-contact', domains: [] });
    expect(new Set(promptIds(view.today))).toEqual(new Set(builtIn.firstContact));
    expect([...promptIds(view.today), ...promptIds(view.others)].sort()).toEqual(promptIds(builtIn.domains).sort());
  });

  it('keeps the short path short and free of sensitive prompts', () => {
    const sensitive = new Set(builtIn.domains.flatMap((d) => d.prompts.filter((p) => p.sensitive).map((p) => p.id)));
    expect(builtIn.firstContact!.length).toBeLessThanOrEqual(12);
    expect(builtIn.firstContact!.filter((id) => sensitive.has(id))).toEqual([]);
  });

  it('offers every area when a framework has no short path', () => {
    expect(agendaView(smallFramework, { path: 'first-contact', domains: [] }).today).toEqual(smallFramework.domains);
  });

  it('refuses a framework whose short path names a prompt it does not have, or one twice', () => {
    const bad = FrameworkSchema.safeParse({ ...smallFramework, firstContact: ['faith-importance', 'no-such-prompt', 'faith-importance'] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'firstContact.1: names no prompt of this framework: "no-such-prompt"',
      'firstContact.2: lists "faith-importance" twice',
    ]);
  });

  it('nudges at finishing only about areas on the agenda', () => {
    const session = { ...newSession(smallFramework, 'AB', 'session-agenda-1', NOON), agenda: chosenAgenda(smallFramework, ['language']) };
    expect(openDomains(smallFramework, session).map((d) => d.id)).toEqual(['language']);
  });
});

describe('the agenda and the review ticks in the session', () => {
  it('records the path and the area ids, and nothing typed', async () => {
    const usage: UsageEvent[] = [];
    const model = createSessionModel({ store: memoryStore(), framework: smallFramework, now: () => NOON, onUsage: (event) => usage.push(event) });
    await model.start('AB');
    await model.setAgenda(chosenAgenda(smallFramework, ['language']));
    await model.setAgenda({ path: 'first-contact', domains: [] });
    expect(usage.filter((e) => e.type === 'agenda-set')).toEqual([
      { type: 'agenda-set', path: 'chosen', domainIds: ['language'] },
      { type: 'agenda-set', path: 'first-contact', domainIds: [] },
    ]);
    expect(model.session.value?.agenda).toEqual({ path: 'first-contact', domains: [] });
  });

  it('lets no text into an agenda usage event', () => {
    const base = { id: 'e-1', at: NOON, clinician: 'c-1', team: 't-1', sessionId: 's-1', frameworkId: 'f', frameworkVersion: '1.0.0', training: false, type: 'agenda-set' };
    expect(AuditEventSchema.safeParse({ ...base, path: 'chosen', domainIds: ['faith'] }).success).toBe(true);
    expect(AuditEventSchema.safeParse({ ...base, path: 'chosen', domainIds: ['My son hits me'] }).success).toBe(false);
    expect(AuditEventSchema.safeParse({ ...base, path: 'what the person said', domainIds: [] }).success).toBe(false);
    expect(AuditEventSchema.safeParse({ ...base, path: 'chosen', domainIds: [], note: 'x' }).success).toBe(false);
  });

  it('keeps the agenda and what the person agreed at review through a reload', async () => {
    const db = new CoplanDb('agenda-review-reload');
    const here = { tabId: 1, pageHash: 'a'.repeat(64) };
    const first = createSessionModel({ store: dexieStore(db), framework: smallFramework, now: () => NOON });
    await first.load(here);
    await first.start('CD');
    await first.setAgenda(chosenAgenda(smallFramework, ['faith']));
    await first.updateReview({ excluded: ['participants'], agreed: ['prompt:faith-importance\u0000- Explored: …'], readBack: true });

    const reloaded = createSessionModel({ store: dexieStore(db), framework: smallFramework, now: () => NOON + 60_000 });
    await reloaded.load(here);
    expect(reloaded.session.value?.agenda).toEqual({ path: 'chosen', domains: ['faith'] });
    expect(reloaded.session.value?.review).toEqual({ excluded: ['participants'], agreed: ['prompt:faith-importance\u0000- Explored: …'], readBack: true });
    db.close();
  });

  it('restores a draft saved before agendas and saved ticks, with none chosen and nothing agreed', () => {
    const { review: _review, ...old } = newSession(smallFramework, 'EF', 'session-agenda-old', NOON);
    const restored = restoreSession(old);
    expect(restored.ok && restored.session.agenda).toBeUndefined();
    expect(restored.ok && restored.session.review).toEqual({ excluded: [], agreed: [], readBack: false });
  });
});
