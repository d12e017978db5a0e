/** A rule that tells whose record a page shows: text of an element, or a part of the address. */
export interface PersonContextRule {
  selector?: string;
  /** A regular expression over the page's path and query; its first group names the person. */
  urlPattern?: string;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function personValue(doc: Document, rule: PersonContextRule): string | undefined {
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
      return new RegExp(rule.urlPattern).exec(doc.location.pathname + doc.location.search)?.[1];
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Hashes of the page's address and, when a rule is set, of whose record it shows. Only hashes
 * leave the page: an address or name can identify the person.
 */
export async function readPageContext(doc: Document, salt: string, rule?: PersonContextRule): Promise<{ pageHash: string; personHash?: string }> {
  // The installation's own salt: a bare hash of a ten-digit NHS number could be reversed by trying them all.
  const pageHash = await sha256(`${salt}|${doc.location.origin}${doc.location.pathname}`);
  const person = rule ? personValue(doc, rule) : undefined;
  return person === undefined ? { pageHash } : { pageHash, personHash: await sha256(`${salt}|${person}`) };
}
