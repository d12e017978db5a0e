import type { FieldInfo, InsertReply } from '../messages';
import type { Binding } from '../session/schema';

/** How the sidebar reaches the EHR page it sits beside; the extension and tests supply one each. */
export interface EhrConnection {
  /** The page's writable fields, and the one to pre-select if the site has a profile or a last choice. */
  listFields(): Promise<{ fields: FieldInfo[]; preferred?: string } | undefined>;
  highlight(fieldId: string): Promise<void>;
  /**
   * Writes only while the page is still `context`, the one the clinician saw; otherwise refuses with
   * 'context-changed'. `continues` marks a further part of the same insert, so one undo takes back every part.
   */
  insert(fieldId: string, text: string, mode: 'append' | 'replace', context: Binding, continues?: boolean): Promise<InsertReply>;
  /** The tab and page (as hashes) the sidebar sits beside now; undefined when no page answers. */
  context(): Promise<Binding | undefined>;
  /** Lets the clinician click a field on the page; resolves with the fields and the one chosen. */
  pick(): Promise<{ fields: FieldInfo[]; fieldId?: string } | undefined>;
  /** Takes back every part of the last insert whose field still holds exactly what was inserted. */
  undo(): Promise<boolean>;
  /** Closes the sidebar frame on the page; focus goes back to the page's launcher. */
  close(): Promise<void>;
}
