import type { PageContext } from '../messages';

/** A rule that tells whose record a page shows: text of an element, or a part of the address. */
export interface PersonContextRule {
  selector?: string;
  /** A regular expression over the page's path and query; its first group names the person. */
  urlPattern?: string;
}

/**
 * What the page says, right now, about whose record it shows; read without waiting, so it can be
 * read again in the same task as a write. Clear text: it stays in the content script until keyed.
 */
export interface RawContext {
  /** Origin, path and query: records that differ only by `?pid=…` are different pages (issue 13). */
  page: string;
  /** Only with a rule: the person the rule reads, or null when it reads no one now. */
  person?: string | null;
}

function personValue(doc: Document, rule: PersonContextRule): string | null {
  if (rule.selector) {
    try {
      const text = doc.querySelector(rule.selector)?.textContent?.trim();
      if (text) return text;
    } catch {
      // A bad selector from configuration must not break the page.
    }
  }
  if (rule.urlPattern) {
    try {
      const found = new RegExp(rule.urlPattern).exec(doc.location.pathname + doc.location.search)?.[1];
      if (found) return found;
    } catch {
      // A bad pattern reads no one: the guard then asks, it never guesses.
    }
  }
  return null;
}

export function readRawContext(doc: Document, rule?: PersonContextRule): RawContext {
  const page = doc.location.origin + doc.location.pathname + doc.location.search;
  return rule ? { page, person: personValue(doc, rule) } : { page };
}

export const sameRawContext = (a: RawContext, b: RawContext): boolean => a.page === b.page && a.person === b.person;

/**
 * Keys a context: only keyed values leave the page, since an address or a name can identify the
 * person. With a rule set but no one readable, the context says so rather than falling back to
 * the address, so the guard treats it as a change of person.
 */
export async function keyContext(raw: RawContext, key: (text: string) => Promise<string>): Promise<PageContext> {
  const pageHash = await key(`page|${raw.page}`);
  if (raw.person === undefined) return { pageHash };
  if (raw.person === null) return { pageHash, personUnreadable: true };
  return { pageHash, personHash: await key(`person|${raw.person}`) };
}

/** Exactly the same page and person: what an insert's context must be to write (tabs are the background's to check). */
export const sameContext = (a: PageContext, b: PageContext): boolean =>
  a.pageHash === b.pageHash && a.personHash === b.personHash && !!a.personUnreadable === !!b.personUnreadable;
