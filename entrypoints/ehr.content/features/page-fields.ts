import { scanFields, type FieldScan } from '../../../core/ehr/fields';
import { insertText, readFieldText } from '../../../core/ehr/insert';
import { keyContext, readRawContext, sameContext, sameRawContext, type PersonContextRule } from '../../../core/ehr/page-context';
import type { SidebarToPage } from '../../../core/messages';
import { highlightElement } from './highlight';
import { pickField } from './pick-field';

type FieldRequest = Exclude<SidebarToPage, { type: 'sidebarToPage.closeSidebar' }>;

interface PageFieldsOptions {
  /** Keys a page address or person, so only keyed values leave the page. */
  key: (text: string) => Promise<string>;
  personRule: () => Promise<PersonContextRule | undefined>;
  /** The field to pre-select: from the site's policy profile or the clinician's last choice here. */
  preferred: (scan: FieldScan) => Promise<string | undefined>;
  /** Remembers the field a summary went into, for next time on this site. */
  remember: (element: HTMLElement, label: string) => Promise<void>;
}

/**
 * Answers the sidebar's questions about this page's fields. Elements stay here, keyed by the ids
 * of the latest scan; the sidebar only ever sees ids, label text and hashes.
 */
export function createPageFields(doc: Document, signal: AbortSignal, options: PageFieldsOptions): (request: FieldRequest) => Promise<unknown> {
  // Scanned on request only: a page with thousands of inputs pays nothing at load.
  let scan: FieldScan = { fields: [], elements: new Map() };
  let clearHighlight = () => {};
  let lastInsert: { element: HTMLElement; before: string; after: string } | undefined;
  signal.addEventListener('abort', () => clearHighlight());
  const rescan = () => (scan = scanFields(doc));

  return async (request) => {
    switch (request.type) {
      case 'sidebarToPage.listFields': {
        const { fields } = rescan();
        const preferred = await options.preferred(scan);
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
        const element = scan.elements.get(request.fieldId);
        if (!element) return { ok: false, reason: 'gone' };
        // The check happens where the write happens (issue 13): the page must be the record the
        // clinician saw, and at each write, in the same task, it must still read exactly as it did.
        const rule = await options.personRule();
        const seen = readRawContext(doc, rule);
        if (!sameContext(await keyContext(seen, options.key), request.context)) return { ok: false, reason: 'context-changed' };
        const before = readFieldText(element);
        const result = await insertText(element, request.text, request.mode, () => sameRawContext(readRawContext(doc, rule), seen));
        lastInsert = result.ok ? { element, before, after: result.text } : undefined;
        const label = scan.fields.find((f) => f.id === request.fieldId)?.label;
        if (result.ok && label) await options.remember(element, label);
        return result;
      }
      case 'sidebarToPage.undoInsert': {
        // Only while the field still holds exactly what Coplan left there: never undo the clinician's own edits.
        const last = lastInsert;
        lastInsert = undefined;
        if (!last?.element.isConnected || readFieldText(last.element) !== last.after) return { ok: false };
        return { ok: (await insertText(last.element, last.before, 'replace')).ok };
      }
      case 'sidebarToPage.pickField': {
        const { fields, elements } = rescan();
        const chosen = await pickField([...elements.values()], signal);
        const fieldId = [...elements].find(([, el]) => el === chosen)?.[0];
        return fieldId ? { fields, fieldId } : { fields };
      }
      case 'sidebarToPage.pageContext':
        return keyContext(readRawContext(doc, await options.personRule()), options.key);
    }
  };
}
