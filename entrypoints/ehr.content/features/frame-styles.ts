/**
 * Styles for the launcher and frame, scoped to their shadow root so the page cannot restyle them.
 * `:host` is reset with !important: an important rule inside the shadow tree beats every rule and
 * inline style of the page on the host, important or not (CSS Cascade, context), so a page cannot
 * make Coplan transparent, move it or clip it through its host element (issue 17).
 */
export const FRAME_CSS = `
:host { all: initial !important; }
.launcher {
  position: fixed; bottom: 16px; right: 16px; z-index: 2147483646;
  font: 600 15px/1.2 system-ui, Arial, sans-serif; color: #fff; background: #005eb8;
  border: 2px solid #fff; border-radius: 999px; padding: 10px 16px; cursor: pointer;
  box-shadow: 0 2px 6px rgba(0,0,0,.35);
}
.launcher:focus-visible, button:focus-visible, .resize:focus-visible {
  outline: 3px solid #212b32; outline-offset: 2px; box-shadow: 0 0 0 6px #ffeb3b;
}
.panel {
  position: fixed; inset: 0 auto; z-index: 2147483647; display: flex; flex-direction: column;
  margin: 0; border: 0; padding: 0; height: auto; overflow: visible; color: #212b32;
  background: #f0f4f5; box-shadow: 0 0 12px rgba(0,0,0,.35);
}
.panel[hidden], .launcher[hidden] { display: none; }
.panel--right { right: 0; }
.panel--left { left: 0; }
.bar { display: flex; gap: 4px; justify-content: flex-end; padding: 4px; background: #003087; }
.bar button {
  font: 600 13px/1.2 system-ui, Arial, sans-serif; color: #fff; background: transparent;
  border: 1px solid #fff; border-radius: 4px; padding: 4px 8px; cursor: pointer;
}
iframe { flex: 1; border: 0; width: 100%; background: #f0f4f5; }
.resize {
  position: absolute; top: 0; bottom: 0; width: 8px; cursor: ew-resize; background: transparent;
}
/* Beside the frame, never over it: Chromium counts anything over an out-of-process frame as
   hiding all of it, and Coplan then holds its insert buttons (issue 17). */
.panel--right .resize { left: -8px; }
.panel--left .resize { right: -8px; }
.resize:hover { background: rgba(0,94,184,.35); }
`;
