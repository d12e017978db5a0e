import { insertText } from '../../../core/ehr/insert';
import { scanFields } from '../../../core/ehr/fields';
import type { SidebarToPage } from '../../../core/messages';
import { highlightElement } from './highlight';

type FieldRequest = Exclude<SidebarToPage, { type: 'sidebarToPage.closeSidebar' }>;

/**
 * Answers the sidebar's questions about this page's fields. Elements stay here, keyed by the ids
 * of the latest scan; the sidebar only ever sees ids and label text.
 */
export function createPageFields(doc: Document, signal: AbortSignal): (request: FieldRequest) => Promise<unknown> {
  let elements = new Map<string, HTMLElement>();
  let clearHighlight = () => {};
  signal.addEventListener('abort', () => clearHighlight());

  return async (request) => {
    switch (request.type) {
      case 'sidebarToPage.listFields': {
        const scan = scanFields(doc);
        elements = scan.elements;
        return { fields: scan.fields };
      }
      case 'sidebarToPage.highlightField': {
        clearHighlight();
        const element = elements.get(request.fieldId);
        if (element) clearHighlight = highlightElement(element);
        return { ok: !!element };
      }
      case 'sidebarToPage.insertSummary': {
        clearHighlight();
        const element = elements.get(request.fieldId);
        if (!element) return { ok: false, reason: 'gone' };
        return insertText(element, request.text, request.mode);
      }
    }
  };
}
