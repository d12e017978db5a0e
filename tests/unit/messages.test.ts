import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackgroundToContentSchema, receive } from '../../core/messages';

const OWN = 'coplan-extension-id';
const toggle = { type: 'backgroundToContent.toggleSidebar' };

describe('receive', () => {
  afterEach(() => vi.restoreAllMocks());

  it('accepts a well-formed message from the extension itself', () => {
    expect(receive(BackgroundToContentSchema, toggle, { id: OWN }, OWN)).toEqual(toggle);
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
    expect(receive(BackgroundToContentSchema, raw, { id: OWN }, OWN)).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).not.toContain('onerror');
  });

  it('drops a valid message sent from another extension or a page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(receive(BackgroundToContentSchema, toggle, { id: 'someone-else' }, OWN)).toBeUndefined();
    expect(receive(BackgroundToContentSchema, toggle, {}, OWN)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
