// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanText, fieldLabel } from '../../core/ehr/labels';

afterEach(() => document.body.replaceChildren());

/** Puts fixture markup in the page and returns the element with id "field". */
function field(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.getElementById('field')!;
}

describe('fieldLabel', () => {
  it('joins the text of every element named by aria-labelledby', () => {
    expect(fieldLabel(field('<span id="a">Carer’s</span><span id="b">view</span><textarea id="field" aria-labelledby="a  b"></textarea>'))).toBe('Carer’s view');
  });

  it('prefers aria-labelledby to aria-label, and aria-label to <label for>', () => {
    expect(fieldLabel(field('<span id="a">By id</span><label for="field">By for</label><textarea id="field" aria-labelledby="a" aria-label="By aria"></textarea>'))).toBe('By id');
    expect(fieldLabel(field('<label for="field">By for</label><textarea id="field" aria-label="By aria"></textarea>'))).toBe('By aria');
  });

  it('falls through a source that names nothing', () => {
    expect(fieldLabel(field('<label for="field">Risk summary</label><textarea id="field" aria-labelledby="missing" aria-label="  "></textarea>'))).toBe('Risk summary');
  });

  it('uses a wrapping label without the field’s own text', () => {
    expect(fieldLabel(field('<label>Agreed <i>actions</i> <textarea id="field">Default text</textarea></label>'))).toBe('Agreed actions');
  });

  it('ignores a wrapping label that is for another field', () => {
    expect(fieldLabel(field('<input id="other"><label for="other">Other <textarea id="field" title="Own title"></textarea></label>'))).toBe('Own title');
  });

  it.each([
    ['placeholder', '<input id="field" placeholder="Interpreter language">', 'Interpreter language'],
    ['title', '<textarea id="field" title="Faith and beliefs"></textarea>', 'Faith and beliefs'],
    ['fieldset legend', '<fieldset><legend>Least restrictive options</legend><div><textarea id="field"></textarea></div></fieldset>', 'Least restrictive options'],
    ['legend of an outer fieldset', '<fieldset><legend>Outer</legend><fieldset><textarea id="field"></textarea></fieldset></fieldset>', 'Outer'],
    ['name', '<input id="field" name="gp_notes">', 'gp_notes'],
    ['id', '<textarea id="field"></textarea>', 'field'],
  ])('falls back to the %s', (_source, markup, label) => {
    expect(fieldLabel(field(markup))).toBe(label);
  });

  it('calls a field with no name at all an unnamed field', () => {
    document.body.innerHTML = '<textarea></textarea>';
    expect(fieldLabel(document.querySelector('textarea')!)).toBe('Unnamed field');
  });

  it('looks up ids and <label for> in the field’s own shadow root, not the document', () => {
    document.body.innerHTML = '<label for="note">Document label</label><span id="name">Document name</span><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const label = document.createElement('label');
    label.htmlFor = 'note';
    label.textContent = 'Shadow note';
    const note = document.createElement('textarea');
    note.id = 'note';
    const other = document.createElement('textarea');
    other.setAttribute('aria-labelledby', 'name');
    other.title = 'Own title';
    shadow.append(label, note, other);
    expect(fieldLabel(note)).toBe('Shadow note');
    expect(fieldLabel(other)).toBe('Own title');
  });

  it('shows markup in a label as text, never as markup', () => {
    expect(fieldLabel(field('<label for="field">&lt;b&gt;Plan&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;</label><input id="field">'))).toBe('<b>Plan</b> <img src=x onerror=alert(1)>');
    expect(fieldLabel(field('<label for="field"><b>Plan</b> review</label><input id="field">'))).toBe('Plan review');
  });

  it('keeps right-to-left text as it is', () => {
    expect(fieldLabel(field('<label for="field" dir="rtl" lang="ar">خطة الرعاية</label><textarea id="field"></textarea>'))).toBe('خطة الرعاية');
  });

  it('cuts a 10 KB label to 80 characters ending in an ellipsis', () => {
    const label = fieldLabel(field(`<label for="field">${'Long label '.repeat(1000)}</label><textarea id="field"></textarea>`));
    expect(label).toHaveLength(80);
    expect(label.endsWith('…')).toBe(true);
    expect(label.startsWith('Long label Long label')).toBe(true);
  });
});

describe('cleanText', () => {
  it('collapses whitespace and strips control characters', () => {
    expect(cleanText('  Care\u0000 plan\n\t(draft)\u0007\u009b  ')).toBe('Care plan (draft)');
  });

  it('never cuts a character in half', () => {
    const text = `${'a'.repeat(78)}😀😀`;
    expect(cleanText(text)).toBe(`${'a'.repeat(78)}…`);
    expect(cleanText(text, 82)).toBe(text);
  });
});

describe('labels in table layouts', () => {
  it('names a field from the cell before it when nothing else ties a label to it', () => {
    document.body.innerHTML = `<table><tr><td class="label_custom"><span>Care plan:</span></td><td><textarea name="form_care_plan" title=""></textarea></td></tr>
      <tr><td><input name="a"></td><td><textarea name="b"></textarea></td></tr></table>`;
    const [plan, , b] = [...document.querySelectorAll<HTMLElement>('textarea, input')];
    expect(fieldLabel(plan!)).toBe('Care plan:');
    // A cell before that holds a control of its own is not a label.
    expect(fieldLabel(b!)).toBe('b');
  });
});
