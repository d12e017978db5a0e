/** How the sidebar was opened: for real work, or in trainer mode on the demo EHR. */
export interface SidebarMode {
  training: boolean;
  scenarioId?: string;
  hints: boolean;
}

/** Reads the sidebar's own query string; anything unexpected means real work, never training by accident. */
export function readSidebarMode(search: string): SidebarMode {
  const params = new URLSearchParams(search);
  const training = params.get('mode') === 'training';
  const scenario = params.get('scenario') ?? '';
  return {
    training,
    scenarioId: training && /^[a-z0-9-]{1,80}$/.test(scenario) ? scenario : undefined,
    hints: training && params.get('hints') === '1',
  };
}
