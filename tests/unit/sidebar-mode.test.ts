import { describe, expect, it } from 'vitest';
import { framedByOwnPages, readSidebarMode } from '../../core/sidebar-mode';

describe('sidebar mode', () => {
  it('is real work unless the query says training', () => {
    expect(readSidebarMode('', true)).toEqual({ training: false, scenarioId: undefined, hints: false });
    expect(readSidebarMode('?mode=Training&hints=1&scenario=jordan', true)).toEqual({ training: false, scenarioId: undefined, hints: false });
  });

  it('reads the scenario and hints in training mode, refusing odd scenario ids', () => {
    expect(readSidebarMode('?mode=training&scenario=jordan-trust&hints=1', true)).toEqual({ training: true, scenarioId: 'jordan-trust', hints: true });
    expect(readSidebarMode('?mode=training&scenario=<script>', true)).toEqual({ training: true, scenarioId: undefined, hints: false });
  });

  it('is real work whatever the query says when the sidebar is not in Coplan’s own page (issue 17)', () => {
    expect(readSidebarMode('?mode=training&scenario=jordan-trust&hints=1', false)).toEqual({ training: false, scenarioId: undefined, hints: false });
  });
});

/** A window in a chain of frames; a parent of another origin throws on reading its location, as browsers do. */
function frames(origins: string[], listed = false): Window {
  let parent: Window | undefined;
  let top: Window | undefined;
  for (const origin of origins) {
    const own = { origin };
    const win = {
      get location() {
        return own as Location;
      },
    } as unknown as Window;
    Object.assign(win, { parent: parent ?? win });
    top ??= win;
    Object.assign(win, { top });
    parent = win;
  }
  // The last one is the sidebar; reading a foreign parent's location throws, as across origins.
  const sidebar = parent!;
  const origin = sidebar.location.origin;
  if (listed) {
    // As Chromium lists them, nearest first; no parent's location is then read at all.
    Object.assign(sidebar.location, { ancestorOrigins: origins.slice(0, -1).reverse() });
    for (let at = sidebar; at !== at.top; at = at.parent) Object.defineProperty(at.parent, 'location', { get: () => { throw new Error('read a parent'); } });
    return sidebar;
  }
  for (let at = sidebar; at !== at.top; at = at.parent) {
    const up = at.parent;
    if (up.location.origin !== origin) Object.defineProperty(up, 'location', { get: () => { throw new DOMException('Blocked', 'SecurityError'); } });
  }
  return sidebar;
}

describe('whether the sidebar sits in Coplan’s own pages', () => {
  const ext = 'chrome-extension://abc';
  it.each([
    [[ext, ext], true, 'the demo page framing the sidebar'],
    [[ext, ext, ext], true, 'a frame of Coplan’s own inside its own page'],
    [[ext], false, 'the sidebar opened on its own, not framed'],
    [['https://ehr.example.nhs.uk', ext], false, 'an EHR page framing it'],
    [[ext, 'https://evil.example', ext], false, 'a web page between Coplan’s page and the sidebar'],
    [['https://evil.example', ext, ext], false, 'Coplan’s page itself framed by a web page'],
  ])('%j → %s (%s)', (chain, expected) => {
    expect(framedByOwnPages(frames(chain as string[]))).toBe(expected);
    // The same answer from the ancestors' origins where the browser lists them.
    expect(framedByOwnPages(frames(chain as string[], true))).toBe(expected);
  });
});
