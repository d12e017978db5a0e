import { browser } from '#imports';
import { insertText } from '../../../core/ehr/insert';
import { scanFields } from '../../../core/ehr/fields';
import { SidebarToPageSchema, receive, type SidebarToPage } from '../../../core/messages';
import { respondWith } from '../../../core/respond';
import { highlightElement } from './highlight';

interface Sender {
  id?: string;
  tab?: { id?: number };
}

/**
 * Answers the sidebar's requests about this page's fields. Elements stay here, keyed by the ids
 * of the latest scan; the sidebar only ever sees ids and label text.
 */
export function registerPageFields(doc: Document, signal: AbortSignal, accept: (sender: Sender) => boolean): void {
  let elements = new Map<string, HTMLElement>();
  let clearHighlight = () => {};

  const handle = async (message: SidebarToPage): Promise<unknown> => {
    switch (message.type) {
      case 'sidebarToPage.listFields': {
        const scan = scanFields(doc);
        elements = scan.elements;
        return { fields: scan.fields };
      }
      case 'sidebarToPage.highlightField': {
        clearHighlight();
        const element = elements.get(message.fieldId);
        if (element) clearHighlight = highlightElement(element);
        return { ok: !!element };
      }
      case 'sidebarToPage.insertSummary': {
        clearHighlight();
        const element = elements.get(message.fieldId);
        if (!element) return { ok: false, reason: 'gone' };
        return insertText(element, message.text, message.mode);
      }
    }
  };

  const listener = respondWith((raw: unknown, sender: Sender) => {
    if (!accept(sender)) return undefined;
    const message = receive(SidebarToPageSchema, raw, sender, browser.runtime.id);
    return message && handle(message);
  });
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    clearHighlight();
    browser.runtime.onMessage.removeListener(listener);
  });
}
