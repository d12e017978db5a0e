import { writeFileSync } from 'node:fs';
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

/** Prints the table and writes bench-results.json at the repo root; returns false if any budget is missed. */
export function report(measures: Measure[]): boolean {
  const rows = measures.map((m) => ({
    measure: m.id,
    value: `${m.value} ${m.unit}`,
    budget: `${m.higherIsBetter ? '≥' : '≤'} ${m.budget} ${m.unit}`,
    baseline: m.baseline === undefined ? '' : `${m.baseline} ${m.unit}`,
    result: within(m) ? 'within' : m.higherIsBetter ? 'UNDER' : 'OVER',
  }));
  console.table(rows);
  writeFileSync(resolve(import.meta.dirname, '../../bench-results.json'), JSON.stringify(measures, null, 2) + '\n');
  return measures.every(within);
}
