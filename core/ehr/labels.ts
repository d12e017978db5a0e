// Names for the fields a clinician could put a summary into. Page text is hostile input: it is
// only ever read through textContent and attributes, and returned as plain text to be shown as text.

const MAX_LABEL = 80;
// C0 and C1 controls other than the whitespace ones, which the collapse below turns into spaces.
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// Anything the cleaning below would change: a control, whitespace other than one inner space.
const NEEDS_CLEANING = /[\u0000-\u001F\u007F-\u009F]|[^\S ]| {2}|^ | $/;

/** Plain text fit to show in the sidebar: controls stripped, whitespace collapsed, at most `max` characters. */
export function cleanText(raw: string, max = MAX_LABEL): string {
  // Most labels are clean already: one test instead of three passes (a scan cleans 5,000).
  if (raw.length <= max && !NEEDS_CLEANING.test(raw)) return raw;
  const text = raw.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a surrogate pair (an emoji, a rare script) at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A document or shadow root: where ids and `<label for>` are looked up. */
type Root = ParentNode & NonElementParentNode;

/** Finds `<label for=id>` in a root. A scan shares one so 5,000 fields stay linear, not quadratic. */
export type LabelForLookup = (root: Root, id: string) => HTMLLabelElement | undefined;

export function createLabelForLookup(): LabelForLookup {
  const byRoot = new Map<Root, Map<string, HTMLLabelElement>>();
  return (root, id) => {
    let index = byRoot.get(root);
    if (!index) {
      index = new Map();
      for (const label of root.querySelectorAll('label[for]')) {
        const target = label.getAttribute('for') ?? '';
        if (!index.has(target)) index.set(target, label as HTMLLabelElement);
      }
      byRoot.set(root, index);
    }
    return index.get(id);
  };
}

function rootOf(el: HTMLElement): Root | undefined {
  const root = el.getRootNode();
  // nodeType, not instanceof: the field may live in another frame's realm.
  return root.nodeType === Node.DOCUMENT_NODE || root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as Root) : undefined;
}

/** Text of a wrapping label without the field's own text (a textarea's default text, say). */
function textOutside(label: Element, field: HTMLElement): string {
  let text = '';
  const walker = label.ownerDocument.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!field.contains(node)) text += node.textContent ?? '';
  }
  return text;
}

/** The legend of the nearest fieldset that has one. */
function legendOf(el: HTMLElement): string {
  for (let set = el.closest('fieldset'); set; set = set.parentElement?.closest('fieldset') ?? null) {
    for (const child of set.children) if (child.localName === 'legend') return child.textContent ?? '';
  }
  return '';
}

function labelledBy(el: HTMLElement, root: Root | undefined): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids || !root) return '';
  return ids.split(/\s+/).map((id) => (id ? root.getElementById(id)?.textContent ?? '' : '')).join(' ');
}

function wrappingLabel(el: HTMLElement): string {
  const label = el.closest('label');
  // A wrapping label that points elsewhere with `for` is not this field's label.
  return label && (!label.htmlFor || label.htmlFor === el.id) ? textOutside(label, el) : '';
}

const pick = (raw: string | null | undefined): string => (raw ? cleanText(raw) : '');

/**
 * The field's accessible-ish name, from the first source that has text, in the brief's order
 * (roughly accname's). `||` keeps it lazy: a scan of 5,000 fields reads only what it needs.
 */
const FORM_CONTROLS = 'input, textarea, select, button, [contenteditable]';

/**
 * Table layouts (OpenEMR's layout-based forms) put the label in the cell before the field, tied
 * to nothing. Only when the field is alone in its cell and that cell holds no control of its own.
 */
function previousCellLabel(el: HTMLElement): string {
  const cell = el.closest('td, th');
  const before = cell?.previousElementSibling;
  if (!cell || !before || cell.querySelectorAll(FORM_CONTROLS).length !== 1 || before.querySelector(FORM_CONTROLS)) return '';
  return before.textContent ?? '';
}

/** `root` is the field's document or shadow root, when the caller already knows it. */
export function fieldLabel(el: HTMLElement, labelFor: LabelForLookup = createLabelForLookup(), root: Root | undefined = rootOf(el)): string {
  return (
    pick(labelledBy(el, root)) ||
    pick(el.getAttribute('aria-label')) ||
    pick(root && el.id ? labelFor(root, el.id)?.textContent : '') ||
    pick(wrappingLabel(el)) ||
    pick(previousCellLabel(el)) ||
    pick(el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder')) ||
    pick(el.getAttribute('title')) ||
    pick(legendOf(el)) ||
    pick(el.getAttribute('name') || el.id) ||
    'Unnamed field'
  );
}
