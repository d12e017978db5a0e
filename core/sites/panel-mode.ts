/**
 * Where Coplan opens (issue 17), set by policy: 'page' (the default) puts its launcher and sidebar
 * in the EHR page; 'side-panel' leaves the page alone and works only in the browser's own side
 * panel, which no page can cover or restyle. Its own module, so the content script's messages
 * need not bring in the policy parser.
 */
export const PANEL_MODES = ['side-panel', 'page'] as const;
export type PanelMode = (typeof PANEL_MODES)[number];
