// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { insertText, readFieldText } from '../../core/ehr/insert';

afterEach(() => {
  document.body.replaceChildren();
  // happy-dom has no execCommand; some tests stand one in.
  Reflect.deleteProperty(document, 'execCommand');
});

function textarea(value = ''): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.append(el);
  return el;
}

/**
 * React's control of a textarea, as the react-like.html fixture does it: an own `value` property
 * remembers what was set through it, an input event whose value matches that is ignored, and the
 * state is written back after each event.
 */
function reactControlled(el: HTMLTextAreaElement): { state(): string } {
  const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
  let state = '';
  let tracked = '';
  Object.defineProperty(el, 'value', {
    configurable: true,
    get: () => proto.get!.call(el) as string,
    set: (value: string) => {
      tracked = value;
      proto.set!.call(el, value);
    },
  });
  el.addEventListener('input', () => {
    const actual = proto.get!.call(el) as string;
    if (actual !== tracked) state = tracked = actual;
    if (el.value !== state) el.value = state;
  });
  return { state: () => state };
}

/** An editor in the ProseMirror style: a model of paragraphs that takes pastes and redraws over any other change. */
function modelEditor(paragraphs: string[]): { el: HTMLElement; model(): string[] } {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  let model = [...paragraphs];
  const observer = new MutationObserver(() => render());
  const render = () => {
    el.replaceChildren(...model.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    observer.takeRecords();
  };
  el.addEventListener('paste', (event) => {
    event.preventDefault();
    const lines = event.clipboardData!.getData('text/plain').split('\n');
    if (!document.getSelection()!.isCollapsed) model = lines;
    else model = [...model.slice(0, -1), model.at(-1)! + lines[0]!, ...lines.slice(1)];
    render();
  });
  document.body.append(el);
  render();
  observer.observe(el, { childList: true, subtree: true, characterData: true });
  return { el, model: () => model };
}

/** Stands in execCommand as a plain contenteditable would run it: into the element's last paragraph. */
function plainExecCommand(el: HTMLElement): string[] {
  const calls: string[] = [];
  document.execCommand = (command: string, _ui?: boolean, value?: string) => {
    calls.push(command);
    if (command === 'insertParagraph') el.append(document.createElement('p'));
    else (el.lastElementChild ?? el).append(value ?? '');
    return true;
  };
  return calls;
}

describe('insertText into a textarea or input', () => {
  it('appends after one blank line, and replaces when asked', async () => {
    const el = textarea('Earlier entry\n\n');
    expect(await insertText(el, 'Plan one\nPlan two', 'append')).toEqual({ ok: true, text: 'Earlier entry\n\nPlan one\nPlan two' });
    expect(await insertText(el, 'New plan', 'replace')).toEqual({ ok: true, text: 'New plan' });
  });

  it('starts an empty field without a blank line', async () => {
    expect(await insertText(textarea(), 'Plan', 'append')).toEqual({ ok: true, text: 'Plan' });
  });

  it('tells the page with bubbling input and change events, as typing does', async () => {
    const el = textarea();
    const events: string[] = [];
    document.addEventListener('input', (e) => events.push(`input ${(e as InputEvent).inputType} ${(e as InputEvent).data}`));
    document.addEventListener('change', () => events.push('change'));
    await insertText(el, 'Plan', 'replace');
    expect(events).toEqual(['input insertText Plan', 'change']);
    expect(document.activeElement).toBe(el);
  });

  it('puts a summary into a one-line input as one line', async () => {
    const el = document.createElement('input');
    el.value = 'Seen today';
    document.body.append(el);
    expect(await insertText(el, 'Plan one\n\nPlan two', 'append')).toEqual({ ok: true, text: 'Seen today Plan one Plan two' });
  });

  it('reaches a React-controlled field, where setting el.value is ignored', async () => {
    const el = textarea();
    const react = reactControlled(el);
    el.value = 'Naive';
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect([el.value, react.state()]).toEqual(['', '']);

    expect(await insertText(el, 'Plan', 'replace')).toEqual({ ok: true, text: 'Plan' });
    expect(react.state()).toBe('Plan');
  });

  it('inserts into a field inside a frame', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<textarea>Framed</textarea>';
    document.body.append(frame);
    await new Promise((done) => frame.addEventListener('load', done, { once: true }));
    const el = frame.contentDocument!.querySelector('textarea')!;
    expect(await insertText(el, 'Plan', 'append')).toEqual({ ok: true, text: 'Framed\n\nPlan' });
  });
});

describe('insertText refusals', () => {
  it('reports a field that has left the page as gone', async () => {
    const el = textarea();
    el.remove();
    expect(await insertText(el, 'Plan', 'append')).toEqual({ ok: false, reason: 'gone' });
  });

  it.each([
    ['read-only', (el: HTMLTextAreaElement) => (el.readOnly = true)],
    ['disabled', (el: HTMLTextAreaElement) => (el.disabled = true)],
    ['aria-disabled', (el: HTMLTextAreaElement) => el.setAttribute('aria-disabled', 'true')],
  ])('reports a %s field as not writable, and leaves it alone', async (_state, lock) => {
    const el = textarea('Kept');
    lock(el);
    expect(await insertText(el, 'Plan', 'replace')).toEqual({ ok: false, reason: 'not-writable' });
    expect(el.value).toBe('Kept');
  });

  it('reports an editor switched off for editing as not writable', async () => {
    const { el } = modelEditor(['Kept']);
    el.setAttribute('contenteditable', 'false');
    expect(await insertText(el, 'Plan', 'replace')).toEqual({ ok: false, reason: 'not-writable' });
  });

  it('reports text the page undoes as not stuck', async () => {
    const el = textarea('Kept');
    el.addEventListener('input', () => (el.value = 'Kept'));
    expect(await insertText(el, 'Plan', 'append')).toEqual({ ok: false, reason: 'did-not-stick' });
  });

  it('does not count text already in the field as an append that stuck', async () => {
    const el = textarea('Plan');
    el.addEventListener('input', () => (el.value = 'Plan'));
    expect(await insertText(el, 'Plan', 'append')).toEqual({ ok: false, reason: 'did-not-stick' });
  });
});

describe('insertText into a contenteditable editor', () => {
  it('appends through a paste the editor’s model takes, as a new paragraph', async () => {
    const editor = modelEditor(['Earlier entry']);
    const result = await insertText(editor.el, 'Plan one\nPlan two', 'append');
    expect(result).toEqual({ ok: true, text: 'Earlier entry\nPlan one\nPlan two' });
    expect(editor.model()).toEqual(['Earlier entry', 'Plan one', 'Plan two']);
  });

  it('replaces everything in the editor when asked', async () => {
    const editor = modelEditor(['Earlier entry', 'More']);
    expect(await insertText(editor.el, 'Plan', 'replace')).toEqual({ ok: true, text: 'Plan' });
    expect(editor.model()).toEqual(['Plan']);
  });

  it('types line by line with execCommand where the editor accepts it, without pasting', async () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', '');
    el.append(Object.assign(document.createElement('p'), { textContent: 'Existing' }));
    document.body.append(el);
    const calls = plainExecCommand(el);
    let pasted = false;
    el.addEventListener('paste', () => (pasted = true));
    expect(await insertText(el, 'Line one\nLine two', 'append')).toEqual({ ok: true, text: 'Existing\nLine one\nLine two' });
    expect(calls).toEqual(['insertParagraph', 'insertText', 'insertParagraph', 'insertText']);
    expect(pasted).toBe(false);
  });

  it('pastes instead when the editor draws over what execCommand did', async () => {
    const editor = modelEditor(['Earlier entry']);
    plainExecCommand(editor.el);
    expect(await insertText(editor.el, 'Plan', 'append')).toEqual({ ok: true, text: 'Earlier entry\nPlan' });
    expect(editor.model()).toEqual(['Earlier entry', 'Plan']);
  });

  it('pastes only the rest when execCommand refuses part way', async () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    document.body.append(el);
    let typed = 0;
    document.execCommand = (command: string, _ui?: boolean, value?: string) => {
      if (command !== 'insertText' || typed++ > 0) return false;
      el.append(value ?? '');
      return true;
    };
    const pasted: string[] = [];
    el.addEventListener('paste', (event) => {
      const [first, ...rest] = event.clipboardData!.getData('text/plain').split('\n');
      pasted.push(`${first}|${rest.join('|')}`);
      el.append(first!, ...rest.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
    });
    expect(await insertText(el, 'One\nTwo', 'append')).toEqual({ ok: true, text: 'One\nTwo' });
    expect(pasted).toEqual(['|Two']);
  });

  it('reports an editor that takes neither typing nor pasting as not stuck', async () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.textContent = 'Earlier entry';
    document.body.append(el);
    plainExecCommand(el);
    new MutationObserver(() => {
      if (el.textContent !== 'Earlier entry') el.replaceChildren('Earlier entry');
    }).observe(el, { childList: true, subtree: true, characterData: true });
    expect(await insertText(el, 'Plan', 'append')).toEqual({ ok: false, reason: 'did-not-stick' });
  });
});

describe('readFieldText', () => {
  it('reads an editor’s paragraphs and line breaks as lines', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.innerHTML = '<p>One</p><p><br></p><p>Two<br>Three</p><ul><li>Four</li></ul>';
    expect(readFieldText(el)).toBe('One\n\nTwo\nThree\nFour');
  });
});
