import { resolve } from 'node:path';
import { generateSummary } from '../../core/summary/summary';
import { loadBuiltInContent } from '../../scripts/content-loader';
import { fullSession } from '../fixtures/full-session';
import { percentile, type Measure } from './report';

/** Summary generation for a full session on the built-in framework, p95 of 200 runs after warm-up. */
export function summarySpeed(): Measure[] {
  const { framework } = loadBuiltInContent(resolve(import.meta.dirname, '../../content'));
  const session = fullSession(framework, Date.now());
  for (let i = 0; i < 20; i++) generateSummary(framework, session);
  const times = Array.from({ length: 200 }, () => {
    const began = performance.now();
    generateSummary(framework, session);
    return performance.now() - began;
  });
  return [{ id: 'summary-generation-full-session-p95', value: Math.round(percentile(times, 95) * 100) / 100, unit: 'ms', budget: 20 }];
}
