import type { FieldInfo, InsertReply } from '../messages';

/** How the sidebar reaches the EHR page it sits beside; the extension and tests supply one each. */
export interface EhrConnection {
  listFields(): Promise<FieldInfo[] | undefined>;
  highlight(fieldId: string): Promise<void>;
  insert(fieldId: string, text: string, mode: 'append' | 'replace'): Promise<InsertReply>;
  /** Closes the sidebar frame on the page; focus goes back to the page's launcher. */
  close(): Promise<void>;
}
