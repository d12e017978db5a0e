import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackgroundToContentSchema, SidebarToPageSchema, pageReplies, receive, sidebarToPage, sidebarToPageSchemaOf } from '../../core/messages';

const OWN = 'coplan-extension-id';
const toggle = { type: 'backgroundToContent.toggleSidebar' };

describe('receive', () => {
  afterEach(() => vi.restoreAllMocks());

  it('accepts a well-formed message from the extension itself', () => {
    expect(receive(BackgroundToContentSchema(), toggle, { id: OWN }, OWN)).toEqual(toggle);
  });

  it.each([
    ['an unknown type', { type: 'backgroundToContent.deleteEverything' }],
    ['an extra field', { ...toggle, html: '<img src=x onerror=alert(1)>' }],
    ['no type', {}],
    ['a string', 'backgroundToContent.toggleSidebar'],
    ['null', null],
    ['a prototype-polluting key', JSON.parse('{"type":"backgroundToContent.toggleSidebar","__proto__":{"x":1}}')],
  ])('drops %s with a warning that does not echo the payload', (_name, raw) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(receive(BackgroundToContentSchema(), raw, { id: OWN }, OWN)).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).not.toContain('onerror');
  });

  it('drops a valid message sent from another extension or a page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(receive(BackgroundToContentSchema(), toggle, { id: 'someone-else' }, OWN)).toBeUndefined();
    expect(receive(BackgroundToContentSchema(), toggle, {}, OWN)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('schemas built on first use (issue 20 item 5)', () => {
  it('gives the same schema each time a member is read, and lists every member', () => {
    expect(sidebarToPage.insertSummary).toBe(sidebarToPage.insertSummary);
    expect(Object.keys(pageReplies)).toContain('siteRules');
    expect(Object.keys(sidebarToPage)).toEqual(['closeSidebar', 'listFields', 'highlightField', 'pageContext', 'pickField', 'undoInsert', 'insertSummary']);
  });

  it('checks a request against its own type’s schema alone, and refuses what the union refuses', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const insert = { type: 'sidebarToPage.insertSummary', fieldId: 'f1', text: 'Plan', mode: 'append', context: { pageHash: 'a'.repeat(64) } };
    expect(sidebarToPageSchemaOf({ type: 'sidebarToPage.pageContext' })).toBe(sidebarToPage.pageContext);
    expect(receive(sidebarToPageSchemaOf(insert), insert, { id: OWN }, OWN)).toEqual(insert);
    for (const bad of [
      { ...insert, context: { pageHash: 'short' } },
      { type: 'sidebarToPage.pageContext', extra: 1 },
      { type: 'sidebarToPage.__proto__' },
      { type: 'sidebarToPage.toString' },
      { type: 'sidebarToPage' },
      { type: 'backgroundToContent.toggleSidebar' },
      'sidebarToPage.pageContext',
    ]) {
      expect(receive(sidebarToPageSchemaOf(bad), bad, { id: OWN }, OWN)).toBeUndefined();
      expect(receive(SidebarToPageSchema(), bad, { id: OWN }, OWN)).toBeUndefined();
    }
    warn.mockRestore();
  });

  it('checks as before once built: a malformed insert is still refused, through the union', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const insert = { type: 'sidebarToPage.insertSummary', fieldId: 'f1', text: 'Plan', mode: 'append', context: { pageHash: 'a'.repeat(64) } };
    expect(receive(SidebarToPageSchema(), insert, { id: OWN }, OWN)).toEqual(insert);
    expect(receive(SidebarToPageSchema(), { ...insert, context: { pageHash: 'short' } }, { id: OWN }, OWN)).toBeUndefined();
    expect(receive(SidebarToPageSchema(), { ...insert, fieldId: 'x1' }, { id: OWN }, OWN)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
