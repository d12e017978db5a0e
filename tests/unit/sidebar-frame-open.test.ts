// @vitest-environment happy-dom
// The sidebar frame opened a second time while open (a reload's reopen answering after the
// clinician opened it): it must neither take focus back from the page nor take the fields on the
// page now as the ones there when Coplan opened (a later one may be a decoy).
import { describe, expect, it, vi } from 'vitest';
import { mountSidebarFrame } from '../../entrypoints/ehr.content/features/sidebar-frame';

describe('opening the sidebar frame', () => {
  it('does nothing when it is already open', () => {
    // happy-dom has no top layer; the panel's popover calls only need to exist here.
    Object.assign(HTMLElement.prototype, { showPopover() {}, togglePopover() {} });
    const onOpen = vi.fn();
    const controller = new AbortController();
    const frame = mountSidebarFrame(document, {
      frameUrl: () => Promise.resolve('about:blank'),
      placement: { side: 'right', width: 400 },
      onPlacement: () => {},
      onOpen,
      signal: controller.signal,
    });
    const field = document.createElement('textarea');
    document.body.append(field);

    frame.open();
    field.focus();
    frame.open();

    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(field);
    controller.abort();
  });
});
