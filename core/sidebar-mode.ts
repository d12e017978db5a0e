/** How the sidebar was opened: for real work, or in trainer mode on the demo EHR. */
export interface SidebarMode {
  training: boolean;
  scenarioId?: string;
  hints: boolean;
}

/**
 * Reads the sidebar's own query string; anything unexpected means real work, never training by
 * accident. Trainer mode holds only when `byCoplan`: the sidebar sits in Coplan's own demo or
 * trainer page. A web page that frames the sidebar with `?mode=training` would otherwise make real
 * notes count as practice, left out of the audit and deleted by "Reset training data" (issue 17).
 */
export function readSidebarMode(search: string, byCoplan: boolean): SidebarMode {
  const params = new URLSearchParams(search);
  const training = byCoplan && params.get('mode') === 'training';
  const scenario = params.get('scenario') ?? '';
  return {
    training,
    scenarioId: training && /^[a-z0-9-]{1,80}$/.test(scenario) ? scenario : undefined,
    hints: training && params.get('hints') === '1',
  };
}

type Frame = Pick<Window, 'top' | 'parent' | 'location'>;

/**
 * Whether the window is framed and every page around it, up to the top, is of its own origin:
 * Coplan's own pages. Where the browser lists the ancestors' origins (Chromium), that list says
 * it; elsewhere (Firefox lacks it) each parent's location is read, which throws across origins in
 * every browser. The list is asked first because the SecurityError that reading a web page's
 * location throws cost 1-3 ms of the sidebar's start in a profile (issue 20 item 1).
 */
export function framedByOwnPages(win: Frame): boolean {
  if (win === win.top) return false;
  const ancestors = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors) return Array.from(ancestors).every((origin) => origin === win.location.origin);
  try {
    let at: Frame = win;
    for (; at !== at.top; at = at.parent) if (at.parent.location.origin !== win.location.origin) return false;
    return true;
  } catch {
    return false;
  }
}
