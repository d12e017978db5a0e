import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';

/** One measure; lower is better unless `higherIsBetter`, when the budget is a floor; without a budget, a reference figure. */
export interface Measure {
  id: string;
  value: number;
  unit: string;
  budget?: number;
  baseline?: number;
  higherIsBetter?: boolean;
  /** How many timings the figure summarises (issue 20 item 5 asks for at least 20). */
  samples?: number;
  /** The machine's 1-minute load average when the measure's stage began. */
  load?: number;
}

const within = (m: Measure) => m.budget === undefined || (m.higherIsBetter ? m.value >= m.budget : m.value <= m.budget);

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const rounded = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

/** `a` as a multiple of `b`, to two decimals: Coplan's figures beside the bare frame's. */
export const ratio = (a: number, b: number) => rounded(a / b, 2);

/** A timed measure as its median and p95 (ids `<id>-median` and `<id>-p95`), both against one budget. */
export function spread(id: string, values: number[], budget: number | undefined, unit = 'ms', decimals = 0): Measure[] {
  return [50, 95].map((p) => ({ id: `${id}-${p === 50 ? 'median' : 'p95'}`, value: rounded(percentile(values, p), decimals), unit, budget, samples: values.length }));
}

/** The machine's load (1, 5 and 15 minute averages) and cores, so a reader can judge how noisy a run was. */
export interface Machine { loadAverage: number[]; cores: number; at: string }

export function machine(): Machine {
  return { loadAverage: loadavg().map((n) => Math.round(n * 100) / 100), cores: cpus().length, at: new Date().toISOString() };
}

/**
 * Prints the table and writes bench-results.json at the repo root, with the machine's load at the
 * start of the run and at the end; returns false if any budget is missed.
 */
export function report(measures: Measure[], atStart: Machine): boolean {
  const rows = measures.map((m) => ({
    measure: m.id,
    value: `${m.value} ${m.unit}`,
    budget: m.budget === undefined ? '' : `${m.higherIsBetter ? '≥' : '≤'} ${m.budget} ${m.unit}`,
    baseline: m.baseline === undefined ? '' : `${m.baseline} ${m.unit}`,
    samples: m.samples ?? '',
    load: m.load ?? '',
    result: m.budget === undefined ? 'reference' : within(m) ? 'within' : m.higherIsBetter ? 'UNDER' : 'OVER',
  }));
  console.table(rows);
  const atEnd = machine();
  console.log(`Load average at start ${atStart.loadAverage.join(', ')}; at end ${atEnd.loadAverage.join(', ')} (${atEnd.cores} cores)`);
  writeFileSync(resolve(import.meta.dirname, '../../bench-results.json'), JSON.stringify({ atStart, atEnd, measures }, null, 2) + '\n');
  return measures.every(within);
}

/** Runs one stage of the bench, stamping its measures with the load average as it began. */
export async function stage(run: () => Measure[] | Promise<Measure[]>): Promise<Measure[]> {
  const load = machine().loadAverage[0]!;
  return (await run()).map((m) => ({ load, ...m }));
}
