import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked } from 'marked';

/**
 * Section bodies may come from a trust's content pack, so they are untrusted.
 * Two layers: marked never passes raw HTML through, and DOMPurify then keeps
 * only the tags a guidance section needs, whatever marked produced.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Its own instance, so nothing else calling marked.use() can change these rules.
// Raw HTML is shown as text rather than dropped, so an author sees what they wrote.
const markdown = new Marked({
  gfm: true,
  renderer: { html: ({ text, block }) => (block ? `<p>${escapeHtml(text)}</p>` : escapeHtml(text)) },
  // Bodies are written with ## and ###, and sit under the section's own h2 title,
  // so each heading moves down a level to keep the outline screen readers navigate.
  walkTokens: (token) => {
    if (token.type === 'heading') token.depth += 1;
  },
});

const ALLOWED_TAGS = [
  'p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'code', 'pre',
  'blockquote', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
// `align` is how marked marks GFM table column alignment.
const ALLOWED_ATTR = ['href', 'title', 'align'];
// DOMPurify allows data-* and aria-* by default; nothing here needs them.
const CONFIG = { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false };

/** Absolute https URLs only; with no base URL, relative ones throw and fail too. */
export function isHttps(href: string): boolean {
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Only https links survive, and they open in a new tab without handing over this page. */
function restrictLinks(node: Element) {
  if (node.tagName !== 'A') return;
  const href = node.getAttribute('href');
  if (href !== null && isHttps(href)) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  } else {
    node.removeAttribute('href');
  }
}

// One purifier per window, so the link hook is added once, not on every render.
const purifiers = new WeakMap<Window & typeof globalThis, Purifier>();

function purifierFor(win: Window & typeof globalThis): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win);
    // Unsupported, DOMPurify returns its input unchanged; fail closed instead.
    if (!purifier.isSupported) throw new Error('HTML sanitiser unavailable in this window');
    purifier.addHook('afterSanitizeAttributes', restrictLinks);
    purifiers.set(win, purifier);
  }
  return purifier;
}

/**
 * Markdown to HTML that is safe to inject into the sidebar. Where the browser has Trusted Types
 * (extension pages require them for HTML sinks, issue 17) this is DOMPurify's TrustedHTML, which
 * reads as the same HTML text; elsewhere (tests) a plain string.
 */
export function renderMarkdown(markdownText: string, doc: Document = document): string {
  const win = doc.defaultView;
  if (!win) throw new Error('Cannot sanitise HTML without a window');
  const html = markdown.parse(markdownText, { async: false });
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: true }) as unknown as string;
}
