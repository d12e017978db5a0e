import type { z } from 'zod/mini';

/**
 * Plain-English problems for a pack that will not import. zod/mini carries no messages of its own
 * ("Invalid input"), and a trust's content editor needs to know which field to fix and how.
 */

/** How many problems a message lists before saying how many more there are. */
export const PROBLEMS_SHOWN = 5;

type Path = readonly PropertyKey[];

/** `sections[12].body`, the way the README names fields. */
export function formatPath(path: Path): string {
  const out = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');
  return out || 'the pack';
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
const KIND = { string: 'text', number: 'a number', int: 'a whole number', array: 'a list', object: 'an object', boolean: 'true or false' } as Record<string, string>;

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `should be ${KIND[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' ? `is too short: at least ${plural(Number(issue.minimum), 'character')}`
        : issue.origin === 'array' ? `needs at least ${plural(Number(issue.minimum), 'item')}` : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `is too long: at most ${plural(Number(issue.maximum), 'character')}`
        : issue.origin === 'array' ? `has too many items: at most ${Number(issue.maximum).toLocaleString('en-GB')}` : `must be at most ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'must be an https:// address (http: and other schemes are refused)';
      if (issue.format === 'date') return 'must be a real date written YYYY-MM-DD';
      if (issue.format === 'email') return 'must be an email address';
      return issue.message === 'Invalid input' ? 'is not in the expected format' : issue.message;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Coplan does not know: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'is not in any of the accepted forms';
    default:
      return issue.message;
  }
}

/** `path: what is wrong`, one per issue. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: Path = []): string[] {
  return issues.map((issue) => `${formatPath([...prefix, ...issue.path])}: ${describe(issue)}`);
}

// JSON.parse makes `__proto__` an own key rather than a prototype, but code that later copies or
// merges the object (spread, Object.assign, lodash-style merges) may not be so careful.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Paths of keys that could pollute prototypes, anywhere in the parsed file. Depth is already bounded. */
export function forbiddenKeys(value: unknown, path: PropertyKey[] = [], found: string[] = []): string[] {
  if (found.length >= PROBLEMS_SHOWN || value === null || typeof value !== 'object') return found;
  for (const key of Object.keys(value)) {
    const child = Array.isArray(value) ? Number(key) : key;
    if (FORBIDDEN.has(key)) found.push(`${formatPath([...path, child])}: the field name "${key}" is not allowed in a pack (it can be used to tamper with the program)`);
    else forbiddenKeys((value as Record<string, unknown>)[key], [...path, child], found);
  }
  return found;
}

/** A list of problems shown in full up to PROBLEMS_SHOWN, then counted. */
export function firstFew(problems: string[]): string[] {
  if (problems.length <= PROBLEMS_SHOWN) return problems;
  return [...problems.slice(0, PROBLEMS_SHOWN), `…and ${plural(problems.length - PROBLEMS_SHOWN, 'more problem')}`];
}
