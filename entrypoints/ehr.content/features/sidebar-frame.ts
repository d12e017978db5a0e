import { coveredAt, moved, styleConcealment, type Concealment } from '../../../core/ehr/visibility';
import { clampWidth, type Placement } from '../../../core/placement';
import { FRAME_CSS } from './frame-styles';
import { keepMounted } from './keep-mounted';

export interface SidebarFrameOptions {
  /**
   * The address of the extension's own sidebar page, the only place clinical text is ever typed:
   * asked for each time the frame loads, as on a web page it carries a one-time token (issue 17).
   */
  frameUrl: () => Promise<string>;
  placement: Placement;
  onPlacement: (placement: Placement) => void;
  /** Called as the sidebar opens, before the page can react to it. */
  onOpen: () => void;
  signal: AbortSignal;
}

export interface SidebarFrame {
  toggle(): void;
  /** Opens the sidebar, as the launcher does. */
  open(): void;
  /** Closes the sidebar and returns focus to the launcher, so keyboard users are not stranded. */
  close(): void;
  /**
   * Why the sidebar is not plainly in front of the clinician now, checked at the moment of an
   * insert: out of the top layer, moved or resized since Coplan laid it out, faded, or covered by
   * anything the page draws over it (issue 17). Undefined when it is in plain view.
   */
  obscured(): Concealment | undefined;
}

function button(doc: Document, label: string, text: string): HTMLButtonElement {
  const el = doc.createElement('button');
  el.type = 'button';
  el.textContent = text;
  el.setAttribute('aria-label', label);
  return el;
}

/**
 * A constructed stylesheet, which Coplan's own pages' CSP allows (it refuses inline <style>, and
 * the demo EHR is one of those pages); a <style> element where a browser will not adopt a sheet
 * made in a content script's world.
 */
function adoptStyles(doc: Document, root: ShadowRoot): void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(FRAME_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = FRAME_CSS;
    root.append(style);
  }
}

/**
 * Mounts the launcher and the sidebar frame in a closed shadow root of the top document, so the
 * page's scripts cannot reach the frame element to move, re-src or restyle it (issue 17). Privacy
 * comes from the frame being extension-origin.
 */
export function mountSidebarFrame(doc: Document, options: SidebarFrameOptions): SidebarFrame {
  const { signal } = options;
  let placement = options.placement;
  const host = doc.createElement('coplan-sidebar');
  const root = host.attachShadow({ mode: 'closed' });

  const launcher = button(doc, 'Open Coplan', 'Coplan');
  launcher.className = 'launcher';

  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  // In the top layer, above anything the page stacks with z-index (issue 17). A page can still
  // show its own top-layer element later; the visibility checks catch that.
  panel.popover = 'manual';
  panel.setAttribute('role', 'complementary');
  panel.setAttribute('aria-label', 'Coplan sidebar');
  const bar = doc.createElement('div');
  bar.className = 'bar';
  const move = doc.createElement('button');
  move.type = 'button';
  const close = button(doc, 'Close Coplan', 'Close');
  bar.append(move, close);
  const resize = doc.createElement('div');
  resize.className = 'resize';
  resize.tabIndex = 0;
  resize.setAttribute('role', 'separator');
  resize.setAttribute('aria-orientation', 'vertical');
  resize.setAttribute('aria-label', 'Resize Coplan (arrow keys)');
  let frame: HTMLIFrameElement | undefined;
  // Where Coplan itself put the frame; any other box at the moment of an insert means the page moved it.
  let laidOut: DOMRectReadOnly | undefined;
  panel.append(resize, bar);
  adoptStyles(doc, root);
  root.append(launcher, panel);
  doc.documentElement.append(host);

  const pageStyle = doc.documentElement.style;
  const savedMargins = { left: pageStyle.marginLeft, right: pageStyle.marginRight };

  const layout = () => {
    const other = placement.side === 'right' ? 'left' : 'right';
    panel.className = `panel panel--${placement.side}`;
    panel.style.width = `${placement.width}px`;
    move.textContent = `Move to the ${other}`;
    resize.setAttribute('aria-valuenow', String(placement.width));
    // Pushing the page aside keeps every part of the record reachable while Coplan is open.
    const open = !panel.hidden;
    pageStyle.marginRight = open && placement.side === 'right' ? `${placement.width}px` : savedMargins.right;
    pageStyle.marginLeft = open && placement.side === 'left' ? `${placement.width}px` : savedMargins.left;
    laidOut = open ? frame?.getBoundingClientRect() : undefined;
  };
  const place = (next: Placement) => {
    placement = { ...next, width: clampWidth(next.width, doc.defaultView?.innerWidth ?? 1280) };
    layout();
    options.onPlacement(placement);
  };

  // The address the frame last loaded, and whether it has since loaded it again. A page that
  // removes Coplan and puts it back itself makes the browser reload the frame with the token it
  // has spent: the sidebar then shows only "Coplan is not available here", and the clinician's next
  // open gives Coplan a new frame, and so a new token (issue 17).
  let loaded: string | undefined;
  let replayed = false;
  // A new frame element rather than a new address for the old one: a changed token alone is only a
  // fragment change, which loads nothing, and two navigations of an extension frame in a row lost
  // an e2e read of it.
  const dropFrame = () => {
    frame?.remove();
    frame = undefined;
    replayed = false;
  };
  const ensureFrame = () => {
    if (frame && replayed) dropFrame();
    if (frame) return frame;
    const made = (frame = doc.createElement('iframe'));
    made.title = 'Coplan';
    void options.frameUrl().then((url) => frame === made && (made.src = url), () => undefined);
    made.addEventListener('load', () => {
      if (made.src && made.src === loaded) replayed = true;
      loaded = made.src;
      // Focus given before the page loads does not reach it; hand it over again once it has.
      if (!panel.hidden) focusFrame();
    }, { signal });
    panel.append(made);
    return made;
  };
  // Focusing an out-of-process frame element leaves its document unfocused; focus its window.
  const focusFrame = () => {
    frame?.focus();
    frame?.contentWindow?.focus();
  };
  // Shown again whenever it left the top layer while open (a page that removes and re-adds Coplan).
  const raise = () => panel.hidden || !host.isConnected || panel.matches(':popover-open') || panel.showPopover();
  const open = () => {
    // Already open (a reload's reopen answering after the clinician opened it): taking focus back
    // or counting the page's fields again would be wrong, so nothing changes.
    if (!panel.hidden) return;
    options.onOpen();
    ensureFrame();
    panel.hidden = false;
    raise();
    launcher.hidden = true;
    layout();
    focusFrame();
  };
  const shut = () => {
    panel.togglePopover(false);
    panel.hidden = true;
    launcher.hidden = false;
    layout();
    launcher.focus();
  };
  const toggle = () => (panel.hidden ? open() : shut());

  // Start loading the sidebar while the pointer or focus rests on the launcher, before the click.
  launcher.addEventListener('pointerenter', ensureFrame, { signal });
  launcher.addEventListener('focus', ensureFrame, { signal });
  launcher.addEventListener('click', open, { signal });
  close.addEventListener('click', shut, { signal });
  move.addEventListener('click', () => place({ ...placement, side: placement.side === 'right' ? 'left' : 'right' }), { signal });
  resize.addEventListener('keydown', (event) => {
    const step = event.shiftKey ? 60 : 20;
    const grow = placement.side === 'right' ? 'ArrowLeft' : 'ArrowRight';
    const shrink = placement.side === 'right' ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === grow) place({ ...placement, width: placement.width + step });
    else if (event.key === shrink) place({ ...placement, width: placement.width - step });
    else return;
    event.preventDefault();
  }, { signal });
  resize.addEventListener('pointerdown', (down) => {
    resize.setPointerCapture(down.pointerId);
    const startX = down.clientX;
    const startWidth = placement.width;
    const onMove = (event: PointerEvent) => {
      const delta = placement.side === 'right' ? startX - event.clientX : event.clientX - startX;
      place({ ...placement, width: startWidth + delta });
    };
    resize.addEventListener('pointermove', onMove, { signal });
    resize.addEventListener('pointerup', () => resize.removeEventListener('pointermove', onMove), { once: true, signal });
  }, { signal });

  // The window's own size changes the frame's height; the page cannot resize the window.
  doc.defaultView?.addEventListener('resize', () => !panel.hidden && layout(), { signal });
  const obscured = (): Concealment | undefined => {
    if (!frame || !panel.matches(':popover-open') || !host.isConnected) return 'transparent';
    const rect = frame.getBoundingClientRect();
    if (!laidOut || moved(rect, laidOut)) return 'moved';
    // The panel is in the top layer (checked just above): the page's opacity stops there.
    const style = styleConcealment(frame, panel);
    if (style) return style;
    // The document sees our host at the top where nothing covers it; our own root sees the frame.
    const covered =
      coveredAt(host, rect, (x, y) => doc.elementFromPoint(x, y)) || coveredAt(frame, rect, (x, y) => root.elementFromPoint(x, y));
    return covered ? 'covered' : undefined;
  };

  // Put back, the frame would load again with the token it has spent: it is replaced at once.
  keepMounted(doc, host, signal, () => {
    raise();
    if (!frame) return;
    dropFrame();
    if (!panel.hidden) ensureFrame();
  });
  const unmount = () => {
    pageStyle.marginLeft = savedMargins.left;
    pageStyle.marginRight = savedMargins.right;
    host.remove();
  };
  // A caller may have given up while placement was loading; then nothing stays behind.
  if (signal.aborted) unmount();
  signal.addEventListener('abort', unmount);
  layout();
  return { toggle, open, close: () => void (panel.hidden || shut()), obscured };
}
