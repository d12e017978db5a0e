import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One measure; lower is better. */
export interface Measure {
  id: string;
  value: number;
  unit: string;
  budget: number;
  baseline?: number;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Prints the table and writes bench-results.json at the repo root; returns false if any budget is missed. */
export function report(measures: Measure[]): boolean {
  const rows = measures.map((m) => ({
    measure: m.id,
    value: `${m.value} ${m.unit}`,
    budget: `${m.budget} ${m.unit}`,
    baseline: m.baseline === undefined ? '' : `${m.baseline} ${m.unit}`,
    result: m.value <= m.budget ? 'within' : 'OVER',
  }));
  console.table(rows);
  writeFileSync(resolve(import.meta.dirname, '../../bench-results.json'), JSON.stringify(measures, null, 2) + '\n');
  return measures.every((m) => m.value <= m.budget);
}
