import type { TraceEvent } from './trace';

/** Milliseconds from the click to each step of one open, and where the frame's main thread spent its time. */
export interface OpenPhases {
  /** The frame's document committed: the browser's navigation, and any wait for a debugger to attach. */
  commit: number;
  /** The first script of the frame ran (Coplan's early script, the bare frame's only one). */
  firstScript: number;
  /** Coplan's module scripts were fetched, compiled and evaluated; the bare frame has none. */
  modules: number;
  /** 'coplan:session-loaded': every answer the first render waits for was in. */
  loaded: number;
  /** The first paint after that (after the first script, for the bare frame). */
  painted: number;
  interactive: number;
  /** Time on the frame's main thread from its commit to interactive. */
  lazyCompile: number;
  codeCache: number;
  style: number;
  layout: number;
}

const within = (events: TraceEvent[], from: number, to: number) => events.filter((e) => e.ts >= from && e.ts <= to);
const total = (events: TraceEvent[], name: string) => events.filter((e) => e.name === name).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;

/**
 * Reads one open out of a trace: the page's click, then the frame's main thread, found as the
 * thread that made the `mark` (issue 20 item 1: where Coplan's open spends what the bare frame's
 * does not). Undefined when the trace holds no click or no mark.
 */
export function openPhases(events: TraceEvent[], mark: string): OpenPhases | undefined {
  const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  const done = events.find((e) => e.name === mark && e.cat.includes('user_timing'));
  if (!click || !done) return undefined;
  const thread = events.filter((e) => e.pid === done.pid && e.tid === done.tid && e.ph === 'X');
  const commits = thread.filter((e) => e.name === 'RenderFrameImpl::CommitNavigation' && e.ts < done.ts);
  const commit = commits.at(-1)?.ts ?? click.ts;
  const open = within(thread, commit, done.ts);
  const first = open.find((e) => e.name === 'EvaluateScript')?.ts ?? NaN;
  const loaded = events.find((e) => e.name === 'coplan:session-loaded' && e.pid === done.pid)?.ts;
  const modules = open.filter((e) => e.name === 'v8.evaluateModule' && (!loaded || e.ts < loaded)).map((e) => e.ts + (e.dur ?? 0));
  const painted = open.find((e) => e.name === 'Paint' && e.ts > (loaded ?? first))?.ts ?? NaN;
  const ms = (ts: number | undefined) => (ts === undefined ? NaN : (ts - click.ts) / 1000);
  return {
    commit: ms(commit),
    firstScript: ms(first),
    modules: modules.length ? ms(Math.max(...modules)) : NaN,
    loaded: ms(loaded),
    painted: ms(painted),
    interactive: ms(done.ts),
    lazyCompile: total(open, 'V8.CompileCode'),
    codeCache: total(open, 'v8.produceModuleCache') + total(open, 'v8.produceCache'),
    style: total(open, 'UpdateLayoutTree'),
    layout: total(open, 'Layout'),
  };
}
