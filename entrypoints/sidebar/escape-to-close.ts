import type { EhrConnection } from '../../core/ehr/connection';

// Inputs that are switches or buttons rather than places to type.
const NOT_TYPING = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Whether the key was pressed while typing: Escape there must never throw the clinician out (issue #18). */
function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.localName !== 'string') return false;
  if (el.localName === 'textarea' || el.localName === 'select' || el.isContentEditable) return true;
  return el.localName === 'input' && !NOT_TYPING.has((el as HTMLInputElement).type);
}

/**
 * Escape closes the sidebar from anywhere in it, unless a control used the key first (a search
 * box clearing itself, an open list) or the clinician is typing in a field. In the side panel,
 * the panel itself closes.
 */
export function closeOnEscape(doc: Document, connection: EhrConnection): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || inTextField(event.target)) return;
    if (window.top === window) window.close();
    else void connection.close();
  });
}
