// Puts the summary into a page's field so that the page's own code sees it as typed, then reads
// it back: a page that re-renders from its own state may quietly undo a change it did not notice.
import { isWritable } from './fields';

export type InsertMode = 'append' | 'replace';
/** Whether the text is in the field once the page has had its turn, with the field's text then. */
export type InsertResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'gone' | 'not-writable' | 'did-not-stick' | 'context-changed' };
/**
 * Asked once the field has focus and right before each write, in the same task as the write: a
 * page may swap the record on focus or on input (issue 13). False stops the insert there.
 */
export type WriteGuard = () => boolean;

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);

type TextControl = HTMLTextAreaElement | HTMLInputElement;

function isTextControl(el: HTMLElement): el is TextControl {
  return el.localName === 'textarea' || el.localName === 'input';
}

/** The field's text; in an editor, paragraphs and line breaks become "\n" (read without layout). */
export function readFieldText(el: HTMLElement): string {
  if (isTextControl(el)) return el.value;
  let text = '';
  const visit = (parent: Node): void => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const name = (child as Element).localName;
      if (name === 'br') text += '\n';
      else if (!BLOCKS.has(name)) visit(child);
      else {
        if (text && !text.endsWith('\n')) text += '\n';
        visit(child);
        if (!text.endsWith('\n')) text += '\n';
      }
    }
  };
  visit(el);
  // Trailing line ends and source indentation are not part of what the clinician sees.
  return text.trimEnd();
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  if (!needle) return count;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/**
 * Whether the text is in the field: compared with whitespace collapsed, since editors turn "\n"
 * into paragraphs and inputs into spaces. In append mode it must be there once more than before,
 * or a second insert the page rejected would pass.
 */
function landed(after: string, text: string, mode: InsertMode, before: number): boolean {
  const field = collapse(after);
  const part = collapse(text);
  if (!part) return mode === 'append' || !field;
  const found = occurrences(field, part);
  return found > 0 && (mode === 'replace' || found > before);
}

function setControl(el: TextControl, text: string, mode: InsertMode, guard: WriteGuard): boolean {
  const view = el.ownerDocument.defaultView ?? window;
  const single = el.localName === 'input';
  // An input drops line breaks, so the summary goes in as one line.
  const piece = single ? text.replace(/\s*\n\s*/g, ' ') : text;
  // Trailing whitespace is trimmed so that exactly one blank line separates the old text from the new.
  const existing = el.value.trimEnd();
  const next = mode === 'append' && existing ? `${existing}${single ? ' ' : '\n\n'}${piece}` : piece;
  const proto = single ? view.HTMLInputElement.prototype : view.HTMLTextAreaElement.prototype;
  // The prototype's setter, not `el.value =`: React keeps its own `value` property on the node to
  // remember what it set, and ignores an input event when the node's value matches it.
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  el.focus();
  if (!guard()) return false;
  if (setter) setter.call(el, next);
  else el.value = next;
  el.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: piece }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
  return true;
}

function placeSelection(el: HTMLElement, mode: InsertMode): void {
  el.focus();
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  if (mode === 'append') range.collapse(false);
  const selection = el.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** In append mode, the text starts a new paragraph after what the editor holds. */
function editorPayload(el: HTMLElement, text: string, mode: InsertMode): string {
  return mode === 'append' && readFieldText(el).trim() ? `\n${text}` : text;
}

/**
 * Types the lines with execCommand; returns what it could not type, or null when the guard stopped
 * it (each line's input event is the page's turn to swap the record). Chromium fires `input` for it
 * but not `beforeinput` (as the Input Events spec asks), so an editor that keeps its own model may
 * draw over the change: setEditor checks and pastes instead.
 */
function typeLines(doc: Document, payload: string, guard: WriteGuard): string | null {
  if (typeof doc.execCommand !== 'function') return payload;
  const lines = payload.split('\n');
  for (const [i, line] of lines.entries()) {
    if (!guard()) return null;
    if (i > 0 && !doc.execCommand('insertParagraph')) return `\n${lines.slice(i).join('\n')}`;
    if (line && !doc.execCommand('insertText', false, line)) return lines.slice(i).join('\n');
  }
  return '';
}

/**
 * Editors take a paste through their own model, whatever they do with execCommand. Firefox's
 * ClipboardEvent ignores `clipboardData` and builds its own from `dataType` and `data`; other
 * browsers ignore those two, so both are given.
 */
function paste(el: HTMLElement, text: string): void {
  const view = el.ownerDocument.defaultView ?? window;
  const clipboardData = new view.DataTransfer();
  clipboardData.setData('text/plain', text);
  const init: ClipboardEventInit & { dataType: string; data: string } = { bubbles: true, cancelable: true, composed: true, clipboardData, dataType: 'text/plain', data: text };
  el.dispatchEvent(new view.ClipboardEvent('paste', init));
}

/** Lets a page that re-renders after input do so: one macrotask, then a frame. */
async function settle(el: HTMLElement): Promise<void> {
  await new Promise((done) => setTimeout(done, 0));
  const view = el.ownerDocument.defaultView;
  if (typeof view?.requestAnimationFrame !== 'function') return;
  // A hidden tab or frame never paints, so the frame only gets a short while.
  await Promise.race([
    new Promise((done) => view.requestAnimationFrame(done)),
    new Promise((done) => setTimeout(done, 100)),
  ]);
}

/** Writes into an editor; false when the guard stopped it. */
async function setEditor(el: HTMLElement, text: string, mode: InsertMode, before: number, guard: WriteGuard): Promise<boolean> {
  placeSelection(el, mode);
  const rest = typeLines(el.ownerDocument, editorPayload(el, text, mode), guard);
  if (rest === null) return false;
  if (rest) {
    if (!guard()) return false;
    paste(el, rest);
    return true;
  }
  await settle(el);
  if (landed(readFieldText(el), text, mode, before)) return true;
  // The editor wiped what execCommand did behind its model's back: start again with a paste.
  placeSelection(el, mode);
  if (!guard()) return false;
  paste(el, editorPayload(el, text, mode));
  return true;
}

/**
 * Inserts text into a field found by scanFields, as typing would, and checks that it stayed. The
 * guard decides, at each write, whether the page is still the record the text belongs to.
 */
export async function insertText(el: HTMLElement, text: string, mode: InsertMode, guard: WriteGuard = () => true): Promise<InsertResult> {
  if (!el.isConnected) return { ok: false, reason: 'gone' };
  if (!isWritable(el)) return { ok: false, reason: 'not-writable' };
  const clean = text.replace(/\r\n?/g, '\n');
  const before = occurrences(collapse(readFieldText(el)), collapse(clean));
  const written = isTextControl(el) ? setControl(el, clean, mode, guard) : await setEditor(el, clean, mode, before, guard);
  if (!written) return { ok: false, reason: 'context-changed' };
  await settle(el);
  if (!el.isConnected) return { ok: false, reason: 'gone' };
  const after = readFieldText(el);
  return landed(after, clean, mode, before) ? { ok: true, text: after } : { ok: false, reason: 'did-not-stick' };
}
