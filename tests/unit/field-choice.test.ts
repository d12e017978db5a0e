import { describe, expect, it } from 'vitest';
import { defaultSummaryField, fieldByLabel } from '../../core/ehr/field-choice';
import type { FieldInfo } from '../../core/messages';

const field = (id: string, label: string, kind: FieldInfo['kind'] = 'textarea'): FieldInfo => ({ id, label, kind, where: 'page' });

describe('the field each part goes into by default', () => {
  it('takes the care-plan field over a first one-line box and other notes', () => {
    const fields = [field('f1', 'Code:', 'input'), field('f2', 'Progress notes'), field('f3', 'Care plan (free text)')];
    expect(defaultSummaryField(fields)).toBe('f3');
  });

  it('falls back by label order: plan, then description, then notes', () => {
    expect(defaultSummaryField([field('f1', 'Notes'), field('f2', 'Description:')])).toBe('f2');
    expect(defaultSummaryField([field('f1', 'Risk'), field('f2', 'Write your notes')])).toBe('f2');
  });

  it('never takes a crisis plan as the care plan, nor a one-line box that matches by label', () => {
    expect(defaultSummaryField([field('f1', 'Crisis plan'), field('f2', 'Plan', 'input'), field('f3', 'Risk')])).toBe('f1');
    expect(defaultSummaryField([field('f1', 'Crisis plan'), field('f2', 'Care plan')])).toBe('f2');
  });

  it('takes the first multi-line field when no label fits, and a one-line one only when there is nothing else', () => {
    expect(defaultSummaryField([field('f1', 'Mood', 'input'), field('f2', 'Risk')])).toBe('f2');
    expect(defaultSummaryField([field('f1', 'Mood', 'input')])).toBe('f1');
    expect(defaultSummaryField([])).toBe('');
  });

  it('never takes a doubtful field (added after Coplan opened, or partly covered), by label or as the first (issue 17)', () => {
    const decoy = { ...field('f1', 'Care plan'), doubtful: true as const };
    expect(defaultSummaryField([decoy, field('f2', 'Risk')])).toBe('f2');
    expect(defaultSummaryField([decoy])).toBe('');
    expect(fieldByLabel([field('f0', 'Care plan'), { ...decoy, label: 'Crisis plan' }], 'crisis', ['f0'])).toBeUndefined();
  });

  it('maps the crisis plan and actions by label, never onto the summary’s field', () => {
    const fields = [field('f1', 'Care plan'), field('f2', 'Crisis plan (controlled)'), field('f3', 'Agreed actions')];
    expect(fieldByLabel(fields, 'crisis', ['f1'])).toBe('f2');
    expect(fieldByLabel(fields, 'actions', ['f1'])).toBe('f3');
    expect(fieldByLabel(fields, 'crisis', ['f2'])).toBeUndefined();
  });
});
