// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanFields } from '../../core/ehr/fields';

afterEach(() => {
  vi.restoreAllMocks();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

const labels = () => scanFields(document).fields.map((f) => f.label);

function loadFixture(name: string): void {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures/ehr', name), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
}

function frameLoaded(frame: HTMLIFrameElement): Promise<Document> {
  return new Promise((done) => frame.addEventListener('load', () => done(frame.contentDocument!), { once: true }));
}

describe('scanFields', () => {
  it('lists the fields of the fields fixture with their labels, leaving out the rest', () => {
    loadFixture('fields.html');
    // happy-dom's :disabled does not follow a disabled fieldset (Chromium's does), and it does not
    // parse declarative shadow roots; the shadow root case is tested below.
    document.querySelector('fieldset[disabled]')!.remove();
    const { fields } = scanFields(document);
    expect(fields.map((f) => [f.label, f.kind])).toEqual([
      ['Risk summary', 'textarea'],
      ['Agreed actions', 'textarea'],
      ["Person's own words", 'input'],
      ["Carer's view", 'textarea'],
      ['Faith and beliefs', 'textarea'],
      ['Least restrictive options', 'textarea'],
      ['<b>Plan</b>', 'input'],
      ['خطة الرعاية', 'textarea'],
      [`${'Long label '.repeat(7)}Lo…`, 'textarea'],
      ['Free-text note', 'contenteditable'],
      ['Unnamed field', 'textarea'],
    ]);
    expect(fields.every((f) => f.where === 'page')).toBe(true);
  });

  it('gives ids in page order, each mapped to its element', () => {
    document.body.innerHTML = '<textarea id="a"></textarea><input id="b"><div id="c" contenteditable></div>';
    const scan = scanFields(document);
    expect(scan.fields.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
    expect(['f1', 'f2', 'f3'].map((id) => scan.elements.get(id)?.id)).toEqual(['a', 'b', 'c']);
  });

  it('takes only plain text inputs: no search, email, telephone, address or other kinds (issue #18)', () => {
    const types = ['', 'text', 'search', 'email', 'tel', 'url', 'nonsense', 'password', 'number', 'date', 'checkbox', 'hidden', 'file'];
    for (const type of types) {
      const input = document.createElement('input');
      if (type) input.setAttribute('type', type);
      input.setAttribute('aria-label', type || 'no type');
      document.body.append(input);
    }
    expect(labels()).toEqual(['no type', 'text', 'nonsense']);
  });

  it('leaves out one-line boxes that hold a date, a code, a number, a search or a choice', () => {
    document.body.innerHTML = `
      <label for="code">Code:</label><input id="code">
      <label for="date">Date:</label><input id="date" value="2026-01-05">
      <input aria-label="Time seen"><input aria-label="NHS number"><input aria-label="Mood">
      <input aria-label="Diagnosis" role="combobox"><input aria-label="Find" role="searchbox">
      <input aria-label="Hours" inputmode="numeric">
      <label for="dated">Date of the plan</label><textarea id="dated"></textarea>`;
    expect(labels()).toEqual(['Mood', 'Date of the plan']);
  });

  it('never lists fields inside an extension’s frame, such as Coplan’s own sidebar on the demo page', async () => {
    document.body.innerHTML = '<textarea aria-label="Page note"></textarea>';
    const coplan = document.createElement('iframe');
    coplan.title = 'Coplan';
    coplan.srcdoc = '<input aria-label="Search guidance"><textarea aria-label="Note"></textarea>';
    document.body.append(coplan);
    await frameLoaded(coplan);
    expect(labels()).toEqual(['Page note', 'Search guidance', 'Note']);
    // What Chromium reports for the sidebar's frame: an extension page's address.
    coplan.setAttribute('src', 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/sidebar.html');
    expect(labels()).toEqual(['Page note']);
  });

  it('leaves out disabled, read-only, aria-disabled, hidden, inert, undisplayed and transparent fields', () => {
    document.body.innerHTML = `
      <textarea aria-label="Kept"></textarea>
      <textarea aria-label="Disabled" disabled></textarea>
      <input aria-label="Read-only" readonly>
      <textarea aria-label="Aria-disabled" aria-disabled="true"></textarea>
      <textarea aria-label="Hidden" hidden></textarea>
      <section hidden><textarea aria-label="In hidden"></textarea></section>
      <section inert><textarea aria-label="In inert"></textarea></section>
      <div style="display: none"><textarea aria-label="In display none"></textarea></div>
      <textarea aria-label="Visibility hidden" style="visibility: hidden"></textarea>
      <textarea aria-label="Transparent" style="opacity: 0"></textarea>
      <div style="opacity: 0"><textarea aria-label="In transparent"></textarea></div>
      <div contenteditable="false" aria-label="Not editable"></div>`;
    expect(labels()).toEqual(['Kept']);
  });

  it('counts only the outermost of nested editable elements', () => {
    document.body.innerHTML = `
      <div contenteditable="true" aria-label="Outer"><p contenteditable="plaintext-only">Inner</p>
        <span contenteditable="false"><span contenteditable="">Island</span></span></div>
      <div contenteditable="PLAINTEXT-ONLY" aria-label="Plain"></div>`;
    expect(labels()).toEqual(['Outer', 'Plain']);
  });

  it('finds fields in nested open shadow roots', () => {
    document.body.innerHTML = '<textarea aria-label="Before"></textarea><care-card></care-card><textarea aria-label="After"></textarea>';
    const outer = document.querySelector('care-card')!.attachShadow({ mode: 'open' });
    const host = document.createElement('care-note');
    outer.append(host);
    const inner = host.attachShadow({ mode: 'open' });
    const label = document.createElement('label');
    label.htmlFor = 'shadow';
    label.textContent = 'Shadow note';
    const note = document.createElement('textarea');
    note.id = 'shadow';
    inner.append(label, note);
    const scan = scanFields(document);
    expect(scan.fields.map((f) => f.label)).toEqual(['Before', 'Shadow note', 'After']);
    expect(scan.elements.get('f2')).toBe(note);
  });

  it('keeps page order around shadow hosts and editors, and leaves out hosts in hidden or inert parts', () => {
    document.body.innerHTML = `
      <section aria-label="Wrapper"><textarea aria-label="Light child"></textarea></section>
      <div contenteditable aria-label="Editor"><textarea aria-label="Editor part"></textarea><span class="host"></span></div>
      <textarea aria-label="After editor"></textarea>
      <div hidden><span class="host"></span></div>
      <div inert><span class="host"></span></div>
      <textarea aria-label="Last"></textarea>`;
    const shadowNote = (host: Element, label: string) => {
      const note = document.createElement('textarea');
      note.setAttribute('aria-label', label);
      host.attachShadow({ mode: 'open' }).append(note);
    };
    shadowNote(document.querySelector('section')!, 'Wrapper shadow');
    const [inEditor, inHidden, inInert] = document.querySelectorAll('.host');
    shadowNote(inEditor!, 'In editor');
    shadowNote(inHidden!, 'In hidden');
    shadowNote(inInert!, 'In inert');
    // A shadow root comes where its host stands, before the host's light children.
    expect(labels()).toEqual(['Wrapper shadow', 'Light child', 'Editor', 'After editor', 'Last']);
  });

  it('finds fields in same-origin frames at any depth, saying which frame', async () => {
    document.body.innerHTML = '<textarea aria-label="Page note"></textarea>';
    const outer = document.createElement('iframe');
    outer.title = 'Encounter form';
    outer.srcdoc = '<textarea aria-label="Encounter summary"></textarea>';
    document.body.append(outer);
    const outerDoc = await frameLoaded(outer);
    const nested = outerDoc.createElement('iframe');
    nested.name = 'Nested note';
    nested.srcdoc = '<label for="p">Progress note</label><textarea id="p"></textarea>';
    outerDoc.body.append(nested);
    await frameLoaded(nested);
    expect(scanFields(document).fields.map((f) => [f.label, f.where])).toEqual([
      ['Page note', 'page'],
      ['Encounter summary', 'frame: Encounter form'],
      ['Progress note', 'frame: Encounter form › Nested note'],
    ]);
  });

  it('skips a frame it may not read', async () => {
    document.body.innerHTML = '<iframe title="Elsewhere" srcdoc="<textarea></textarea>"></iframe><textarea aria-label="Page note"></textarea>';
    const frame = document.querySelector('iframe')!;
    await frameLoaded(frame);
    // How a cross-origin frame behaves in browsers that throw rather than return null.
    Object.defineProperty(frame, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(labels()).toEqual(['Page note']);
  });
});

describe('scanFields again on the same page (issue 20: candidates and labels kept while the markup is unchanged)', () => {
  it('gives the same fields when nothing changed', () => {
    document.body.innerHTML = '<label for="a">Risk</label><textarea id="a"></textarea><input aria-label="Plan">';
    const first = scanFields(document);
    const again = scanFields(document);
    expect(again.fields).toEqual(first.fields);
    expect([...again.elements.values()]).toEqual([...first.elements.values()]);
  });

  it('sees every kind of markup change made just before the next scan, in the same task', () => {
    document.body.innerHTML = '<label for="a">Risk</label><textarea id="a"></textarea><input id="b" aria-label="Plan"><textarea id="c" aria-label="Notes"></textarea>';
    expect(labels()).toEqual(['Risk', 'Plan', 'Notes']);
    document.querySelector('label')!.textContent = 'Risk summary';
    expect(labels()).toEqual(['Risk summary', 'Plan', 'Notes']);
    (document.getElementById('b') as HTMLInputElement).disabled = true;
    expect(labels()).toEqual(['Risk summary', 'Notes']);
    document.getElementById('c')!.setAttribute('aria-label', 'Date');
    document.getElementById('c')!.hidden = true;
    expect(labels()).toEqual(['Risk summary']);
    document.body.insertAdjacentHTML('afterbegin', '<textarea aria-label="Crisis plan"></textarea>');
    expect(labels()).toEqual(['Crisis plan', 'Risk summary']);
    document.getElementById('a')!.remove();
    expect(labels()).toEqual(['Crisis plan']);
  });

  it('sees changes to each attribute a field’s kind, use or label is read from', () => {
    document.body.innerHTML = '<div id="part"><input id="a" placeholder="Plan"><input id="b" title="Notes"><textarea id="c" name="risk"></textarea></div>';
    expect(labels()).toEqual(['Plan', 'Notes', 'risk']);
    document.getElementById('c')!.setAttribute('placeholder', 'Risk summary');
    expect(labels()).toEqual(['Plan', 'Notes', 'Risk summary']);
    (document.getElementById('a') as HTMLInputElement).type = 'date';
    expect(labels()).toEqual(['Notes', 'Risk summary']);
    document.getElementById('b')!.setAttribute('role', 'combobox');
    expect(labels()).toEqual(['Risk summary']);
    (document.getElementById('c') as HTMLTextAreaElement).readOnly = true;
    expect(labels()).toEqual([]);
    (document.getElementById('c') as HTMLTextAreaElement).readOnly = false;
    document.getElementById('part')!.setAttribute('inert', '');
    expect(labels()).toEqual([]);
  });

  it('keeps what it read through style and class changes, and still sees a field they hide', () => {
    document.body.innerHTML = '<textarea id="a" aria-label="Risk"></textarea><textarea aria-label="Plan"></textarea>';
    expect(labels()).toEqual(['Risk', 'Plan']);
    const reads = vi.spyOn(document, 'querySelectorAll');
    document.documentElement.style.marginRight = '400px';
    document.getElementById('a')!.className = 'busy';
    document.getElementById('a')!.style.display = 'none';
    expect(labels()).toEqual(['Plan']);
    // The page was not read for candidates again (happy-dom looks up its style sheets the same way).
    expect(reads.mock.calls.filter(([selector]) => selector.includes('textarea'))).toEqual([]);
    document.documentElement.style.marginRight = '';
  });

  it('sees a change made later, after the page’s own tasks ran', async () => {
    document.body.innerHTML = '<textarea aria-label="Risk"></textarea>';
    expect(labels()).toEqual(['Risk']);
    await new Promise((done) => setTimeout(done, 0));
    document.querySelector('textarea')!.setAttribute('aria-label', 'Risk summary');
    await new Promise((done) => setTimeout(done, 0));
    expect(labels()).toEqual(['Risk summary']);
  });

  it('asks at every scan whether each field can be seen: a style sheet can hide one with no change to the markup', () => {
    document.body.innerHTML = '<textarea id="a" aria-label="Risk"></textarea><textarea aria-label="Plan"></textarea>';
    expect(labels()).toEqual(['Risk', 'Plan']);
    // happy-dom does not restyle on a CSSOM change (Chromium does): the browser's answer is stood in for.
    vi.spyOn(document.getElementById('a')!, 'checkVisibility').mockReturnValue(false);
    expect(labels()).toEqual(['Plan']);
  });

  it('finds the fields of a shadow root attached after a scan, which no mutation announces', () => {
    document.body.innerHTML = '<div id="host"></div><textarea aria-label="Plan"></textarea>';
    expect(labels()).toEqual(['Plan']);
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<textarea aria-label="Risk"></textarea>';
    expect(labels()).toEqual(['Risk', 'Plan']);
  });
});
