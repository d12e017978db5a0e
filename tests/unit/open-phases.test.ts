import { describe, expect, it } from 'vitest';
import { openPhases } from '../bench/open-phases';
import type { TraceEvent } from '../bench/trace';

const PAGE = { pid: 1, tid: 1 };
const FRAME = { pid: 2, tid: 7 };
const at = (ms: number) => 1_000_000 + ms * 1000;
const span = (name: string, from: number, to: number, where = FRAME, data?: TraceEvent['args']) => ({ name, cat: 'devtools.timeline', ph: 'X', ts: at(from), dur: (to - from) * 1000, ...where, ...(data ? { args: data } : {}) });
const mark = (name: string, ms: number) => ({ name, cat: 'blink.user_timing', ph: 'R', ts: at(ms), ...FRAME });

describe('the phases of a traced sidebar open', () => {
  const events: TraceEvent[] = [
    span('RenderFrameImpl::CommitNavigation', -40, -38),
    span('EventDispatch', 0, 2, PAGE, { data: { type: 'click' } }),
    span('RenderFrameImpl::CommitNavigation', 20, 30),
    span('EvaluateScript', 45, 47),
    span('v8.evaluateModule', 60, 66),
    span('V8.CompileCode', 61, 64),
    mark('coplan:session-loaded', 70),
    span('UpdateLayoutTree', 80, 82),
    span('Layout', 82, 88),
    span('Paint', 90, 91),
    span('v8.produceModuleCache', 92, 96),
    mark('coplan:interactive', 100),
    span('Layout', 120, 125),
  ];

  it('times each step from the click, on the thread that marked the open, from its last commit', () => {
    expect(openPhases(events, 'coplan:interactive')).toEqual({
      commit: 20, firstScript: 45, modules: 66, loaded: 70, painted: 90, interactive: 100, lazyCompile: 3, codeCache: 4, style: 2, layout: 6,
    });
  });

  it('gives nothing for a trace without the click or the mark', () => {
    expect(openPhases(events.slice(2), 'coplan:interactive')).toBeUndefined();
    expect(openPhases(events, 'bare:interactive')).toBeUndefined();
  });
});
