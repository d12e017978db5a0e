import type { EhrConnection } from '../../core/ehr/connection';

/**
 * Escape closes the sidebar from anywhere in it, unless a control used the key first (a search
 * box clearing itself, an open list). In the side panel, the panel itself closes.
 */
export function closeOnEscape(doc: Document, connection: EhrConnection): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (window.top === window) window.close();
    else void connection.close();
  });
}
