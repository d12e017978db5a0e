// Finds the fields on an EHR page that a care-plan summary could be put into.
import { cleanText, createLabelForLookup, fieldLabel, type LabelForLookup } from './labels';

export type FieldKind = 'textarea' | 'input' | 'contenteditable';
/** One field, as the sidebar lists it; `where` is 'page' or the frame path, e.g. 'frame: Encounter form'. */
export interface FieldInfo { id: string; label: string; kind: FieldKind; where: string; doubtful?: true }
/** The fields found, and the elements behind their ids (the elements stay in the content script). */
export interface FieldScan { fields: FieldInfo[]; elements: Map<string, HTMLElement> }

const EDITABLE_VALUES = new Set(['', 'true', 'plaintext-only']);
// Inputs that look like text but hold something else: a search, a picker, a number (issue #18).
const NOT_RECORD_ROLES = new Set(['combobox', 'searchbox', 'spinbutton']);
const NOT_RECORD_INPUT_MODES = new Set(['numeric', 'decimal', 'tel', 'email', 'url', 'search']);
// A one-line text box named for a date, time or code of some kind holds that, not a record entry.
const NOT_RECORD_NAMES = /\b(date|dob|time|code|number)\b/i;

/** The kind of field an element is, or null when a summary cannot be typed into it. */
export function fieldKind(el: Element): FieldKind | null {
  // localName, not instanceof: elements in frames belong to another realm.
  if (el.localName === 'textarea') return 'textarea';
  // `type` is normalised by the browser: missing or unknown types read as 'text'. Search, email,
  // telephone and address boxes are not where a record entry goes (issue #18).
  if (el.localName === 'input') return (el as HTMLInputElement).type === 'text' && holdsText(el) ? 'input' : null;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null) return EDITABLE_VALUES.has(editable.toLowerCase()) ? 'contenteditable' : null;
  // Older iframe editors switch the whole frame document into design mode.
  return el.localName === 'body' && el.ownerDocument.designMode === 'on' ? 'contenteditable' : null;
}

/** Whether a one-line text box is a free-text one, judged from its role and input mode. */
function holdsText(el: Element): boolean {
  const role = el.getAttribute('role')?.trim().toLowerCase() ?? '';
  const mode = el.getAttribute('inputmode')?.trim().toLowerCase() ?? '';
  return !NOT_RECORD_ROLES.has(role) && !NOT_RECORD_INPUT_MODES.has(mode);
}

/**
 * Whether a field can hold a record entry: every multi-line field can; a one-line box cannot when
 * its label names a date, a time or a code ("Date:", "Code:" on OpenEMR's care plan form).
 */
export function holdsRecordEntry(kind: FieldKind, label: string): boolean {
  return kind !== 'input' || !NOT_RECORD_NAMES.test(label);
}

const EXTENSION_SCHEMES = /^(chrome|moz|safari-web|ms-browser)-extension:/i;

/**
 * A frame that shows an extension's page: Coplan's own sidebar (same-origin with the demo page,
 * so its fields would otherwise be listed) or another extension's. Never a place for the summary.
 */
export function isExtensionFrame(el: Element, inner: Document): boolean {
  return EXTENSION_SCHEMES.test(el.getAttribute('src') ?? '') || EXTENSION_SCHEMES.test(inner.URL);
}

/** Whether the page lets the field be typed into now; `kind` when the caller has just read it. */
export function isWritable(el: HTMLElement, kind = fieldKind(el)): boolean {
  if (!kind || el.getAttribute('aria-disabled') === 'true') return false;
  if (kind === 'contenteditable') return true;
  const control = el as HTMLInputElement | HTMLTextAreaElement;
  // :disabled also covers controls inside a disabled fieldset.
  return !control.disabled && !control.readOnly && !el.matches(':disabled');
}

/**
 * Whether the element has a box the clinician can see. checkVisibility() (Chromium 105, Firefox 106)
 * is one call per field with no style object, sees display:none ancestors and, unlike
 * getClientRects(), gives real answers in happy-dom; without it, the element's own computed style.
 * `hidden` and `inert` subtrees are left out by the scan before this is asked. A field made
 * fully transparent (itself or an ancestor) is not one the clinician can see either (issue #18);
 * tiny and covered fields are the UI-hardening issue's (#17) to add here, in this one predicate.
 */
export function isShown(el: HTMLElement): boolean {
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true, opacityProperty: true });
  }
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

function frameDocument(el: Element): Document | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  try {
    // null for a cross-origin frame in Chromium and Firefox; some browsers throw instead.
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

function frameName(el: Element): string {
  return cleanText(el.getAttribute('title') || el.getAttribute('name') || el.id) || 'Unnamed frame';
}

// Everything the scan looks at: fields, editors (a design-mode frame's body) and frames to enter.
const CANDIDATES = 'input, textarea, [contenteditable], body, iframe, frame';
// Subtrees the clinician cannot use: `hidden` is checked here, not only by isShown, because
// happy-dom's styles do not apply it. Inert fields cannot be typed into.
const UNUSABLE = '[hidden], [inert]';

/** The elements in a root that host an open shadow root, in document order. */
function shadowHosts(root: Document | ShadowRoot): Element[] {
  const hosts: Element[] = [];
  const owner = root.ownerDocument ?? (root as Document);
  const walker = owner.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Element).shadowRoot) hosts.push(node as Element);
  return hosts;
}

/** A candidate as the page's markup makes it: a field to check for sight, a frame to enter, or both. */
interface Part {
  el: HTMLElement;
  /** Set when the element is a field the page lets the clinician type into. */
  kind: FieldKind | undefined;
  /** The field's label, read the first time the field is seen. */
  label?: string;
  /** Whether the element may hold a document to scan (a frame). */
  frame: boolean;
  /** The host whose open shadow root is scanned here, in its host's place. */
  host?: Element;
}

/**
 * What a root's markup says, kept between scans while the markup stays as it was: which elements
 * are candidates, in page order, and their labels, read once. Whether each can be seen is asked at
 * every scan, as a style sheet can hide a field without any change a MutationObserver sees.
 */
interface RootMemo {
  parts: Part[];
  /** The shadow hosts at the time: attaching a shadow root is no DOM mutation, so they are compared. */
  hosts: Element[];
  designMode: string;
  labelFor: LabelForLookup;
  /** Set by the first mutation after the memo was made; the observer then stops, costing the page nothing more. */
  changed: boolean;
  observer: MutationObserver;
}

const memos = new WeakMap<Document | ShadowRoot, RootMemo>();
/**
 * The changes that can alter what the memo holds: text, elements added or removed, and the
 * attributes read for a field's kind, writability, hidden or inert parts and label. Style and class
 * changes are left out (the commonest on a live page, and Coplan's own push of the page aside as it
 * opens): they can only change what is seen, which every scan asks afresh.
 */
const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributeFilter: ['type', 'role', 'inputmode', 'contenteditable', 'disabled', 'readonly', 'aria-disabled', 'hidden', 'inert', 'id', 'for', 'aria-labelledby', 'aria-label', 'placeholder', 'aria-placeholder', 'title', 'name'],
};

/**
 * Reads the root's candidates in page order from its markup alone, handing each to `visit` as it
 * is found (so a first scan still passes over the page once), and returns them.
 */
function readParts(root: Document | ShadowRoot, hosts: Element[], visit: (part: Part) => void): Part[] {
  const parts: Part[] = [];
  const add = (part: Part) => {
    parts.push(part);
    visit(part);
  };
  // Most pages have no hidden or inert part: then no candidate needs the ancestor check.
  const unusable = root.querySelector(UNUSABLE) ? (el: Element) => el.closest(UNUSABLE) !== null : () => false;
  let nextHost = 0;
  // The parts of an editor are not fields of their own, nor are shadow roots or frames within it.
  let editor: Element | null = null;
  const inEditor = (el: Element): boolean => {
    if (editor?.contains(el)) return true;
    editor = null;
    return false;
  };
  const enterHost = (host: Element): void => {
    // An editor's own shadow root is walked, as before its light subtree is passed over.
    if ((host === editor || !inEditor(host)) && !unusable(host)) add({ el: host as HTMLElement, kind: undefined, frame: false, host });
  };
  for (const node of root.querySelectorAll(CANDIDATES)) {
    while (nextHost < hosts.length && hosts[nextHost]!.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) enterHost(hosts[nextHost++]!);
    if (inEditor(node) || unusable(node)) continue;
    const el = node as HTMLElement;
    const kind = fieldKind(el);
    const writable = kind && isWritable(el, kind) ? kind : undefined;
    const frame = el.localName === 'iframe' || el.localName === 'frame';
    if (writable || frame) add({ el, kind: writable, frame });
    if (kind === 'contenteditable') editor = el;
  }
  while (nextHost < hosts.length) enterHost(hosts[nextHost++]!);
  return parts;
}

const sameList = (a: Element[], b: Element[]) => a.length === b.length && a.every((el, i) => el === b[i]);

/** The root's memo if its markup, shadow hosts and design mode are as they were at the last scan. */
function keptMemo(root: Document | ShadowRoot, hosts: Element[], designMode: string): RootMemo | undefined {
  const memo = memos.get(root);
  if (memo && !memo.changed && !memo.observer.takeRecords().length && sameList(memo.hosts, hosts) && memo.designMode === designMode) return memo;
  memo?.observer.disconnect();
  return undefined;
}

/** A memo for the root, watching it from now on; the caller fills in its parts, then keeps it. */
function newMemo(root: Document | ShadowRoot, hosts: Element[], designMode: string): RootMemo {
  const memo: RootMemo = {
    parts: [],
    hosts,
    designMode,
    labelFor: createLabelForLookup(),
    changed: false,
    observer: new MutationObserver(() => {
      memo.changed = true;
      memo.observer.disconnect();
    }),
  };
  memo.observer.observe(root, OBSERVED);
  return memo;
}

/**
 * Finds the fields in the document, its open shadow roots and its same-origin frames at any depth,
 * in document order (a shadow root's fields where its host stands). The browser's own selector
 * engine finds the candidates: on a 5,000-input page a script visiting every element cost more
 * than the fields' own checks (issue 20). Candidates and labels are kept per root until its markup
 * changes (opening Coplan and listing the fields scan twice in a row); sight is checked every time.
 */
export function scanFields(doc: Document): FieldScan {
  const scan: FieldScan = { fields: [], elements: new Map() };

  const walk = (root: Document | ShadowRoot, where: string): void => {
    const hosts = shadowHosts(root);
    const designMode = (root.ownerDocument ?? (root as Document)).designMode;
    const kept = keptMemo(root, hosts, designMode);
    const memo = kept ?? newMemo(root, hosts, designMode);
    const visit = (part: Part): void => {
      const { el, kind, frame, host } = part;
      if (host) return walk(host.shadowRoot!, where);
      if (kind && isShown(el)) {
        const label = (part.label ??= fieldLabel(el, memo.labelFor, root));
        if (holdsRecordEntry(kind, label)) {
          const id = `f${scan.fields.length + 1}`;
          scan.fields.push({ id, label, kind, where });
          scan.elements.set(id, el);
        }
      }
      const inner = frame ? frameDocument(el) : null;
      if (inner && isShown(el) && !isExtensionFrame(el, inner)) walk(inner, `${where === 'page' ? 'frame:' : `${where} ›`} ${frameName(el)}`);
    };
    if (kept) for (const part of kept.parts) visit(part);
    else {
      memo.parts = readParts(root, hosts, visit);
      // Kept only once read in full: a read cut short by an error leaves nothing to trust.
      memos.set(root, memo);
    }
  };

  walk(doc, 'page');
  return scan;
}
