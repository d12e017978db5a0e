import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';

/** One measure; lower is better unless `higherIsBetter`, when the budget is a floor. */
export interface Measure {
  id: string;
  value: number;
  unit: string;
  budget: number;
  baseline?: number;
  higherIsBetter?: boolean;
}

const within = (m: Measure) => (m.higherIsBetter ? m.value >= m.budget : m.value <= m.budget);

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
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
    budget: `${m.higherIsBetter ? '≥' : '≤'} ${m.budget} ${m.unit}`,
    baseline: m.baseline === undefined ? '' : `${m.baseline} ${m.unit}`,
    result: within(m) ? 'within' : m.higherIsBetter ? 'UNDER' : 'OVER',
  }));
  console.table(rows);
  const atEnd = machine();
  console.log(`Load average at start ${atStart.loadAverage.join(', ')}; at end ${atEnd.loadAverage.join(', ')} (${atEnd.cores} cores)`);
  writeFileSync(resolve(import.meta.dirname, '../../bench-results.json'), JSON.stringify({ atStart, atEnd, measures }, null, 2) + '\n');
  return measures.every(within);
}
