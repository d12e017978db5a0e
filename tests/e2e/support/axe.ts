import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core inside the page or frame and returns serious and critical WCAG 2.2 AA problems. */
export function seriousAxeProblems(target: Page | Frame): Promise<AxeProblem[]> {
  return axeProblems(target, ['serious', 'critical']);
}

/** The WCAG 2.2 AA and best-practice problems axe-core finds, of the given impacts. */
export async function axeProblems(target: Page | Frame, impacts: string[]): Promise<AxeProblem[]> {
  await target.evaluate(source);
  return target.evaluate(async (wanted) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations
      .filter((v) => wanted.includes(v.impact))
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, impacts);
}
