import { scanFields, type FieldScan } from '../../../core/ehr/fields';
import type { Concealment } from '../../../core/ehr/visibility';
import { insertText, readFieldText } from '../../../core/ehr/insert';
import { readRawContext, sameContext, sameRawContext, type PersonContextRule, type RawContext } from '../../../core/ehr/page-context';
import type { PageContext, SidebarToPage } from '../../../core/messages';
import { highlightElement } from './highlight';
import { pickField } from './pick-field';

type FieldRequest = Exclude<SidebarToPage, { type: 'sidebarToPage.closeSidebar' }>;

interface PageFieldsOptions {
  /** Keys the page's address and person, so only keyed values leave the page (the background holds the key). */
  keyContext: (raw: RawContext) => Promise<PageContext>;
  personRule: () => Promise<PersonContextRule | undefined>;
  /** The rule for answering whose record this is; the sidebar's first ask takes the one read as it opened. */
  contextRule?: () => Promise<PersonContextRule | undefined>;
  /** The field to pre-select: from the site's policy profile or the clinician's last choice here. */
  preferred: (scan: FieldScan) => Promise<string | undefined>;
  /** Remembers the page field a summary went into, for next time on this site. */
  remember: (element: HTMLElement, label: string) => Promise<void>;
  /** Why the sidebar is not in plain view now: then nothing is written (issue 17). */
  obscured: () => string | undefined;
  /**
   * Why a field is not plainly in view; given, as it needs layout (core/ehr/visibility's
   * fieldConcealment). `listing` asks for the quick check made of every field on the page.
   */
  concealed: (el: HTMLElement, listing?: boolean) => Concealment | undefined;
  /** The fields on the page when the sidebar last opened; any other is offered but never pre-selected. */
  known: () => WeakSet<HTMLElement> | undefined;
}

/**
 * Answers the sidebar's questions about this page's fields. Elements stay here, keyed by the ids
 * of the latest scan; the sidebar only ever sees ids, label text and hashes.
 */
export function createPageFields(doc: Document, signal: AbortSignal, options: PageFieldsOptions): (request: FieldRequest) => Promise<unknown> {
  // Scanned on request only: a page with thousands of inputs pays nothing at load.
  let scan: FieldScan = { fields: [], elements: new Map() };
  let clearHighlight = () => {};
  // Every part of the latest insert, in order: undo takes them back last first.
  let lastInsert: { element: HTMLElement; before: string; after: string }[] = [];
  signal.addEventListener('abort', () => clearHighlight());
  // Tiny and transparent fields are never offered, nor picked: a decoy the clinician cannot see
  // would take the summary (issue 17). Covered or late ones are offered as doubtful.
  const rescan = () => {
    const found = scanFields(doc);
    const known = options.known();
    scan = { fields: [], elements: new Map() };
    for (const field of found.fields) {
      const element = found.elements.get(field.id)!;
      const why = options.concealed(element, true);
      if (why === 'tiny' || why === 'transparent') continue;
      scan.elements.set(field.id, element);
      scan.fields.push(why || (known && !known.has(element)) ? { ...field, doubtful: true } : field);
    }
    return scan;
  };
  const trusted = (): FieldScan => ({ fields: scan.fields.filter((f) => !f.doubtful), elements: scan.elements });

  return async (request) => {
    switch (request.type) {
      case 'sidebarToPage.listFields': {
        const { fields } = rescan();
        const preferred = await options.preferred(trusted());
        return preferred ? { fields, preferred } : { fields };
      }
      case 'sidebarToPage.highlightField': {
        clearHighlight();
        const element = scan.elements.get(request.fieldId);
        if (element) clearHighlight = highlightElement(element);
        return { ok: !!element };
      }
      case 'sidebarToPage.insertSummary': {
        clearHighlight();
        // Checked at the moment of writing: the click that asked may have been a trick. A click in
        // the browser's side panel was not in the page's reach, whatever the in-page panel shows.
        if (!request.fromSidePanel && options.obscured()) return { ok: false, reason: 'obscured' };
        const element = scan.elements.get(request.fieldId);
        if (!element) return { ok: false, reason: 'gone' };
        const why = options.concealed(element);
        if (why === 'tiny' || why === 'transparent') return { ok: false, reason: 'obscured' };
        // The check happens where the write happens (issue 13): the page must be the record the
        // clinician saw, and at each write, in the same task, it must still read exactly as it did.
        const rule = await options.personRule();
        const seen = readRawContext(doc, rule);
        if (!sameContext(await options.keyContext(seen), request.context)) return { ok: false, reason: 'context-changed' };
        const before = readFieldText(element);
        const result = await insertText(element, request.text, request.mode, () => sameRawContext(readRawContext(doc, rule), seen));
        if (!request.continues) lastInsert = [];
        if (result.ok) lastInsert.push({ element, before, after: result.text });
        const field = scan.fields.find((f) => f.id === request.fieldId);
        // Only the summary's own field, and only a field of the page itself, becomes next time's
        // default here: a frame's field may be another form on the next record (issue #18).
        if (result.ok && !request.continues && field?.where === 'page') await options.remember(element, field.label);
        return result;
      }
      case 'sidebarToPage.undoInsert': {
        // Only while the field still holds exactly what Coplan left there: never undo the clinician's own edits.
        const parts = lastInsert.reverse();
        lastInsert = [];
        let ok = parts.length > 0;
        for (const part of parts) {
          const unchanged = part.element.isConnected && readFieldText(part.element) === part.after;
          ok = (unchanged && (await insertText(part.element, part.before, 'replace')).ok) && ok;
        }
        return { ok };
      }
      case 'sidebarToPage.pickField': {
        const { fields, elements } = rescan();
        const chosen = await pickField([...elements.values()], signal);
        const fieldId = [...elements].find(([, el]) => el === chosen)?.[0];
        return fieldId ? { fields, fieldId } : { fields };
      }
      case 'sidebarToPage.pageContext':
        return options.keyContext(readRawContext(doc, await (options.contextRule ?? options.personRule)()));
    }
  };
}
