import { describe, expect, it } from 'vitest';
import { rollupsOf } from '../../core/audit/rollups';
import type { AuditEvent } from '../../core/audit/schema';
import { EqualityAnswersSchema } from '../../core/equality/categories';
import { SUPPRESSED } from '../../core/equality/suppression';
import { equalityView, quarterOf } from '../../core/equality/view';
import type { FeedbackRow } from '../../core/feedback/schema';
import { feedbackTalliesOf } from '../../core/feedback/tallies';
import { sessionTalliesOf } from '../../core/equality/session-tallies';

const AT = Date.parse('2026-11-10T10:00:00Z');
let n = 0;
const base = (sessionId: string, team = 'team-north') => ({
  id: `e-${++n}`, at: AT + n, clinician: 'clinician-a', team, sessionId, frameworkId: 'coplan-core', frameworkVersion: '1.0.0', training: false,
});

/** A session whose person gave an ethnic category, with the faith domain explored and an interpreter. */
function session(sessionId: string, code: string | undefined, team?: string): AuditEvent[] {
  return [
    { ...base(sessionId, team), type: 'session-started' },
    { ...base(sessionId, team), type: 'prompt-status-set', domainId: 'faith', promptId: 'faith-importance', status: 'explored' },
    ...(code ? [{ ...base(sessionId, team), type: 'equality-recorded', answers: { ethnicity: 'N' } } as AuditEvent, { ...base(sessionId, team), type: 'equality-recorded', answers: { ethnicity: code } } as AuditEvent] : []),
    { ...base(sessionId, team), type: 'participants-set', interpreter: true, advocate: false },
    { ...base(sessionId, team), type: 'option-set', optionId: 'home-treatment', outcome: 'discussed' },
  ];
}

const feedbackRow = (i: number, code: string, team = 'team-north'): FeedbackRow => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, week: '2026-11-09', team, carer: i % 4 === 0 ? 1 : 0, training: 0,
  framework: 'coplan-core@1.0.0', scores: ['listened', 5, 'respected', i % 2 ? 2 : 4], equality: ['ethnicity', code],
});

const OPTIONS = { to: '2026-11-30', domains: [['faith', 'Faith'], ['migration', 'Migration']] as const, statements: [['listened', 'I felt listened to'], ['respected', 'I felt respected']] as const };
const cell = (table: { measures: { id: string }[]; rows: { key: string; cells: unknown[] }[] }, row: string, measure: string) =>
  table.rows.find((r) => r.key === row)!.cells[table.measures.findIndex((m) => m.id === measure)];

describe('equality answers and the equality view', () => {
  it('keeps only the latest answers on the session’s rollup, as codes', () => {
    const { rollups } = rollupsOf(session('s-1', 'M'));
    expect(rollups[0]).toMatchObject({ equality: ['ethnicity', 'M'], interpreter: 1, advocate: 0 });
  });

  it('refuses free text or an unknown category in the answers', () => {
    expect(EqualityAnswersSchema.safeParse({ ethnicity: 'Black British' }).success).toBe(false);
    expect(EqualityAnswersSchema.safeParse({ ethnicity: 'M', notes: 'x' }).success).toBe(false);
    expect(EqualityAnswersSchema.safeParse({ ethnicity: 'prefer-not-to-say', religion: 'not-stated' }).success).toBe(true);
  });

  it('counts sessions and feedback per group, stars small groups and rounds the rest', () => {
    const events = [
      ...Array.from({ length: 12 }, (_, i) => session(`w-${i}`, 'A')).flat(),
      ...Array.from({ length: 3 }, (_, i) => session(`b-${i}`, 'M')).flat(),
      ...Array.from({ length: 2 }, (_, i) => session(`n-${i}`, undefined)).flat(),
    ];
    // One Black African response: hidden, and with it the smallest other group (10 Asian), not the 20 White.
    const feedback = [...Array.from({ length: 20 }, (_, i) => feedbackRow(i, 'A')), ...Array.from({ length: 10 }, (_, i) => feedbackRow(50 + i, 'H')), feedbackRow(99, 'N')];
    const view = equalityView(sessionTalliesOf(rollupsOf(events).rollups), feedbackTalliesOf(feedback), { ...OPTIONS, grouping: 'ethnic-group' });
    expect(view.quarter).toEqual({ from: '2026-10-01', to: '2026-12-31', label: '2026 Q4' });
    expect(cell(view.sessions, 'white', 'sessions')).toBe(10);
    expect(cell(view.sessions, 'black', 'sessions')).toBe(SUPPRESSED);
    // 12 + 3 + 2 = 17: with black (3) hidden, a second cell of the column is hidden too.
    expect(view.sessions.rows.map((r) => r.cells[0]).filter((c) => c === SUPPRESSED).length).toBeGreaterThanOrEqual(2);
    expect(cell(view.sessions, 'white', 'domain:faith')).toBe(10);
    expect(cell(view.sessions, 'white', 'interpreter')).toBe(10);
    expect(cell(view.feedback, 'white', 'responses')).toBe(20);
    expect(cell(view.feedback, 'white', 'agree:listened')).toBe(20);
    // 10 White and 5 Asian agreed they were respected: the 5 is hidden, and the 10 with it.
    expect(cell(view.feedback, 'white', 'agree:respected')).toBe(SUPPRESSED);
    expect(cell(view.feedback, 'black', 'responses')).toBe(SUPPRESSED);
    expect(cell(view.feedback, 'asian', 'responses')).toBe(SUPPRESSED);
  });

  it('leaves out training sessions, training feedback and anything outside the quarter', () => {
    const training = session('t-1', 'A').map((e) => ({ ...e, training: true }));
    const late = session('l-1', 'A').map((e) => ({ ...e, at: Date.parse('2027-01-02T10:00:00Z') }));
    const view = equalityView(sessionTalliesOf(rollupsOf([...training, ...late]).rollups), feedbackTalliesOf([{ ...feedbackRow(1, 'A'), training: 1 }, { ...feedbackRow(2, 'A'), week: '2026-09-28' }]), OPTIONS);
    expect(view.sessions.rows.every((r) => r.cells.every((c) => c === 0))).toBe(true);
    expect(view.feedback.rows.every((r) => r.cells.every((c) => c === 0))).toBe(true);
  });

  it('shows one team’s slice of figures suppressed together with all teams', () => {
    const events = [...Array.from({ length: 20 }, (_, i) => session(`a-${i}`, 'A', 'team-a')).flat(), ...Array.from({ length: 3 }, (_, i) => session(`b-${i}`, 'A', 'team-b')).flat()];
    const rollups = sessionTalliesOf(rollupsOf(events).rollups);
    const all = equalityView(rollups, [], OPTIONS);
    const teamA = equalityView(rollups, [], { ...OPTIONS, team: 'team-a' });
    // All teams (23) minus team A (20) would give team B's 3: so team A's cell is hidden as well.
    expect(cell(equalityView(rollups, [], { ...OPTIONS, team: 'team-b' }).sessions, 'white', 'sessions')).toBe(SUPPRESSED);
    expect(cell(all.sessions, 'white', 'sessions') === SUPPRESSED || cell(teamA.sessions, 'white', 'sessions') === SUPPRESSED).toBe(true);
  });

  it('finds the calendar quarter of any date', () => {
    expect(quarterOf('2026-02-28')).toEqual({ from: '2026-01-01', to: '2026-03-31', label: '2026 Q1' });
    expect(quarterOf('2024-06-01').to).toBe('2024-06-30');
  });
});
