// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeField, preferredField } from '../../core/ehr/field-profile';
import { scanFields } from '../../core/ehr/fields';

function page() {
  document.body.innerHTML = `
    <label for="note">Progress note</label><textarea id="note"></textarea>
    <label for="plan">Care plan</label><textarea id="plan" name="careplan" class="plan-box"></textarea>
    <label>Other <input type="text" name="other"></label>`;
  return scanFields(document);
}

describe('field profiles', () => {
  it('prefers the trust’s profile by selector, then by label', () => {
    const scan = page();
    const plan = scan.fields.find((f) => f.label === 'Care plan')!.id;
    expect(preferredField(scan, { selector: '.plan-box' })).toBe(plan);
    expect(preferredField(scan, { label: 'Care plan' })).toBe(plan);
  });

  it('falls back to the field this clinician used last, by id, name or label', () => {
    const scan = page();
    const plan = scan.fields.find((f) => f.label === 'Care plan')!;
    const memory = describeField(scan.elements.get(plan.id)!, plan.label);
    expect(memory).toEqual({ id: 'plan', name: 'careplan', label: 'Care plan' });
    expect(preferredField(scan, undefined, memory)).toBe(plan.id);
    expect(preferredField(scan, undefined, { label: 'Care plan' })).toBe(plan.id);
  });

  it('ignores a broken selector and prefers nothing when nothing matches', () => {
    const scan = page();
    expect(preferredField(scan, { selector: '][' })).toBeUndefined();
    expect(preferredField(scan, undefined, { label: 'Nowhere' })).toBeUndefined();
  });
});
