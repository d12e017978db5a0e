// @vitest-environment jsdom
// jsdom, not the project's happy-dom: happy-dom's NodeIterator stops when the current
// node is removed, so DOMPurify silently leaves later nodes unsanitised there
// (capricorn86/happy-dom#2310; DOMPurify's README says happy-dom is not safe).
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../core/guidance/render';
import hostile from '../fixtures/bad/hostile-section.md?raw';

const body = hostile.split(/^---$/m).slice(2).join('---');

function rendered(markdown: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = renderMarkdown(markdown);
  return host;
}

const linkNamed = (host: HTMLElement, text: string) =>
  [...host.querySelectorAll('a')].find((a) => a.textContent === text);

describe('renderMarkdown with a hostile section', () => {
  const host = rendered(body);

  it('leaves no active or embedding elements', () => {
    expect(host.querySelector('script, img, iframe, style, svg, form, input, object, embed, h5, del')).toBeNull();
  });

  it('leaves no event handler, style or data attributes anywhere', () => {
    for (const el of host.querySelectorAll('*')) {
      for (const { name } of el.attributes) expect(name).toMatch(/^(href|title|align|target|rel)$/);
    }
  });

  it('shows raw HTML as text, so the author can see what went wrong', () => {
    expect(host.textContent).toContain('<script>alert(1)</script>');
    expect(host.textContent).toContain('<a href="https://x.example" onclick="steal()">x</a>');
  });

  it.each(['click', 'mixed case', 'entity', 'data', 'vb', 'plain http', 'relative', 'mail'])(
    'keeps the text of the %s link but drops its href',
    (text) => {
      const link = linkNamed(host, text);
      expect(link).toBeDefined();
      expect(link!.hasAttribute('href')).toBe(false);
      expect(link!.hasAttribute('target')).toBe(false);
    },
  );

  it.each([
    ['ok', 'https://www.nhs.uk/'],
    ['https://autolink.example/', 'https://autolink.example/'],
  ])('opens the https link %s in a new tab without an opener', (text, href) => {
    const link = linkNamed(host, text);
    expect(link?.getAttribute('href')).toBe(href);
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('still renders ordinary Markdown', () => {
    expect(host.querySelector('strong')?.textContent).toBe('strong');
    expect(host.querySelector('em')?.textContent).toBe('emphasised');
    expect([...host.querySelectorAll('ul > li')].map((li) => li.textContent)).toContain('second item');
    expect(host.querySelectorAll('ol > li')).toHaveLength(2);
    expect(host.querySelector('table th[align="right"]')?.textContent).toBe('Right');
    expect(host.querySelector('blockquote p')?.textContent).toBe('A quotation.');
    expect(host.querySelector('pre code')?.textContent).toContain('<b>not bold</b>');
  });

  it('moves body headings under the section title, keeping the text of ones too deep', () => {
    expect(host.querySelector('h2')?.textContent).toBe('A top-level heading');
    expect([...host.querySelectorAll('h3')].map((h) => h.textContent)).toContain('Ordinary Markdown');
    expect(host.textContent).toContain('A heading too deep to keep');
  });
});

describe('renderMarkdown', () => {
  it('renders Markdown headings, lists and emphasis', () => {
    const host = rendered('### Next steps\n\n- **Ask** first\n- then *listen*');
    expect(host.querySelector('h4')?.textContent).toBe('Next steps');
    expect(host.querySelectorAll('li')).toHaveLength(2);
    expect(host.querySelector('li strong')?.textContent).toBe('Ask');
  });
});
