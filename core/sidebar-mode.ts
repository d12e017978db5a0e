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
 * Coplan's own pages. Reading a parent's location throws across origins, in every browser, so
 * this does not rely on `ancestorOrigins` (which Firefox lacks) or on the referrer.
 */
export function framedByOwnPages(win: Frame): boolean {
  try {
    let at: Frame = win;
    for (; at !== at.top; at = at.parent) if (at.parent.location.origin !== win.location.origin) return false;
    return win !== win.top;
  } catch {
    return false;
  }
}
