import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GuidanceIndex } from '../../core/guidance/search';

/** One graded query: any of `ids` first is a perfect answer. */
export interface GradedQuery { query: string; ids: string[] }

export function gradedQueries(): GradedQuery[] {
  const file = resolve(import.meta.dirname, '../fixtures/search/graded-queries.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: GradedQuery[] }).queries;
}

/**
 * Top-3 hit rate (an acceptable section among the first three) and mean reciprocal rank (1 / the
 * rank of the first acceptable section, 0 if none in the first 20), with the queries that missed.
 */
export function gradeSearch(index: GuidanceIndex, queries: GradedQuery[]): { top3: number; mrr: number; misses: string[] } {
  const ranks = queries.map(({ query, ids }) => 1 + index.search(query).findIndex((hit) => ids.includes(hit.id)));
  const misses = queries.flatMap(({ query }, i) => (ranks[i]! === 0 || ranks[i]! > 3 ? [`${query} (${ranks[i] || 'not found'})`] : []));
  return {
    top3: ranks.filter((r) => r >= 1 && r <= 3).length / queries.length,
    mrr: ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / queries.length,
    misses,
  };
}
