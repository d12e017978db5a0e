// The hazard log is a clinical safety record: a mitigation that names a test must name one that
// exists, and every hazard must keep the fixed shape a clinical safety officer reads.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LOG = readFileSync(resolve(ROOT, 'docs/clinical-safety/hazard-log.md'), 'utf8');

const FIELDS = ['Cause', 'Effect', 'Severity', 'Likelihood', 'Initial risk', 'Mitigation', 'Residual risk', 'Evidence', 'Status'] as const;
type Field = (typeof FIELDS)[number];

interface Hazard {
  id: string;
  title: string;
  fields: Partial<Record<Field, string>>;
  /** Lines starting "- " whose label is not one of FIELDS. */
  unknown: string[];
}

function parseHazards(markdown: string): Hazard[] {
  const hazards: Hazard[] = [];
  let current: Hazard | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^### (H-\d+): (.+)$/.exec(line);
    if (heading) {
      current = { id: heading[1]!, title: heading[2]!.trim(), fields: {}, unknown: [] };
      hazards.push(current);
      continue;
    }
    if (/^#{1,3} /.test(line)) {
      current = undefined;
      continue;
    }
    if (!current) continue;
    const field = /^- ([A-Za-z ]+): (.*)$/.exec(line);
    if (!field) continue;
    const name = field[1] as Field;
    if (!FIELDS.includes(name)) current.unknown.push(line);
    else if (current.fields[name] !== undefined) current.unknown.push(`repeated: ${line}`);
    else current.fields[name] = field[2]!.trim();
  }
  return hazards;
}

/** The matrix as the log states it: likelihood label → severity label → risk. */
function parseMatrix(markdown: string) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Likelihood \\ Severity |'));
  if (start === -1) throw new Error('no risk matrix in the hazard log');
  const cells = (line: string) => line.split('|').slice(1, -1).map((c) => c.trim());
  const label = (cell: string) => /^\d ([A-Za-z ]+)$/.exec(cell)?.[1] ?? cell;
  const severities = cells(lines[start]!).slice(1).map(label);
  const matrix = new Map<string, Map<string, number>>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [likelihood, ...risks] = cells(line);
    matrix.set(label(likelihood!), new Map(severities.map((s, i) => [s, Number(risks[i])])));
  }
  return { severities, likelihoods: [...matrix.keys()], risk: (severity: string, likelihood: string) => matrix.get(likelihood)?.get(severity) };
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/** Reads a string literal starting at `at`; undefined for a template with `${`. */
function readString(source: string, at: number): { value: string; end: number } | undefined {
  const quote = source[at];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  let value = '';
  for (let i = at + 1; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[++i]!;
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
    } else if (c === quote) {
      return { value, end: i + 1 };
    } else if (quote === '`' && c === '$' && source[i + 1] === '{') {
      return undefined;
    } else {
      value += c;
    }
  }
  return undefined;
}

/** Index just past the closing quote of the string literal that opens at `at`. */
function skipString(source: string, at: number): number {
  let i = at + 1;
  while (i < source.length && source[i] !== source[at]) i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The source with `//` and `/* *\/` comments blanked out, strings left alone. */
function stripComments(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const end = skipString(source, i);
      out += source.slice(i, end);
      i = end;
    } else if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just past the bracket that closes the one at `at`, skipping strings (comments are gone). */
function skipBalanced(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i]!;
    if (c === "'" || c === '"' || c === '`') {
      i = skipString(source, i) - 1;
    } else if (OPEN.has(c)) {
      depth++;
    } else if (CLOSE.has(c)) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return source.length;
}

/** The first argument of every `it(` / `it.each(...)(` call (and `test` alike), as written. */
function testNames(code: string): string[] {
  const source = stripComments(code);
  const names: string[] = [];
  const call = /(?<![\w$.])(?:it|test)(?:\.only|\.concurrent)?(\.each)?\s*\(/g;
  for (let match = call.exec(source); match; match = call.exec(source)) {
    let at = match.index + match[0].length;
    if (match[1]) {
      at = skipBalanced(source, at - 1);
      while (/\s/.test(source[at] ?? '')) at++;
      if (source[at] !== '(') continue;
      at++;
    }
    while (/\s/.test(source[at] ?? '')) at++;
    const literal = readString(source, at);
    if (literal) names.push(literal.value);
  }
  return names;
}

const CITATION = /`([^`]+)`\s*›\s*"([^"]+)"/g;
const citations = (evidence: string) => [...evidence.matchAll(CITATION)].map((m) => ({ file: m[1]!, name: m[2]! }));

const hazards = parseHazards(LOG);
const matrix = parseMatrix(LOG);

/** "4 (Major)" → { value: 4, label: 'Major' }. */
function rating(text: string | undefined) {
  const m = /^(\d) \(([A-Za-z ]+)\)$/.exec(text ?? '');
  return m ? { value: Number(m[1]), label: m[2]! } : undefined;
}

describe('the hazard log', () => {
  it('states a 5 × 5 risk matrix with ratings from 1 to 5', () => {
    expect(matrix.severities).toEqual(['Minor', 'Significant', 'Considerable', 'Major', 'Catastrophic']);
    expect(matrix.likelihoods).toEqual(['Very high', 'High', 'Medium', 'Low', 'Very low']);
    for (const l of matrix.likelihoods) {
      for (const s of matrix.severities) expect(matrix.risk(s, l), `${l} × ${s}`).toSatisfy((r: number) => r >= 1 && r <= 5);
    }
  });

  it('gives every hazard every field, and nothing else', () => {
    expect(hazards.length).toBeGreaterThanOrEqual(8);
    for (const hazard of hazards) {
      for (const field of FIELDS) expect(hazard.fields[field], `${hazard.id} ${field}`).toMatch(/\S/);
      expect(hazard.unknown, hazard.id).toEqual([]);
    }
  });

  // Ids are handed out in blocks to work landing in parallel, so a block may be used before the
  // one below it: ids stay two-digit, in ascending order and never repeated, but may have gaps.
  it('numbers hazards H-01, H-02 … in ascending order with no repeats', () => {
    const numbers = hazards.map((h) => Number(/^H-(\d{2})$/.exec(h.id)?.[1]));
    expect(numbers.every((n) => Number.isInteger(n) && n > 0), hazards.map((h) => h.id).join(', ')).toBe(true);
    expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
  });

  it('rates severity and likelihood on the stated scales and reads the initial risk from the matrix', () => {
    for (const hazard of hazards) {
      const severity = rating(hazard.fields.Severity);
      const likelihood = rating(hazard.fields.Likelihood);
      expect(severity, `${hazard.id} severity`).toBeDefined();
      expect(likelihood, `${hazard.id} likelihood`).toBeDefined();
      expect(matrix.severities[severity!.value - 1], hazard.id).toBe(severity!.label);
      expect(matrix.likelihoods[5 - likelihood!.value], hazard.id).toBe(likelihood!.label);
      expect(hazard.fields['Initial risk'], hazard.id).toBe(String(matrix.risk(severity!.label, likelihood!.label)));
    }
  });

  it('never rates residual risk above initial risk, and reads it from the matrix where it says why', () => {
    for (const hazard of hazards) {
      const residual = /^(\d)(?: \(([A-Za-z ]+) × ([A-Za-z ]+)\))?/.exec(hazard.fields['Residual risk'] ?? '');
      expect(residual, `${hazard.id} residual risk`).not.toBeNull();
      expect(Number(residual![1]), hazard.id).toBeLessThanOrEqual(Number(hazard.fields['Initial risk']));
      if (residual![2]) expect(matrix.risk(residual![2], residual![3]!), hazard.id).toBe(Number(residual![1]));
    }
  });

  const required: [string, RegExp[]][] = [
    ['summary into the wrong person’s record', [/summary/i, /wrong person/i, /record/i]],
    ['stale draft restored for the wrong person', [/stale draft/i, /wrong person/i]],
    ['text not sticking in the EHR field', [/not sticking/i, /EHR field/i]],
    ['guidance out of date or wrong', [/guidance/i, /out of date|wrong/i]],
    ['a prompt worded in a way that harms trust', [/prompt/i, /trust/i]],
    ['data kept past retention', [/data kept/i, /retention/i]],
    ['training data mistaken for real', [/training data/i, /real/i]],
    ['extension disabled mid-session and work lost', [/disabled/i, /work lost/i]],
    ['clinical text leaking to the page or network', [/leak/i, /page|network/i]],
    ['a corrupted draft crashing the sidebar', [/corrupt/i, /crash/i]],
    ['a summary misrepresenting the person’s words', [/misrepresent/i, /words|quote/i]],
  ];

  it.each(required)('records the hazard of %s', (_name, words) => {
    expect(hazards.filter((h) => words.every((w) => w.test(h.title))).map((h) => h.title)).toHaveLength(1);
  });

  it('gives every hazard a known status, and keeps planned work out of "Mitigated"', () => {
    for (const hazard of hazards) {
      const status = hazard.fields.Status ?? '';
      expect(status, hazard.id).toMatch(/^(Mitigated|Partly mitigated|Open)\b/);
      if (status.startsWith('Mitigated')) expect(hazard.fields.Mitigation, hazard.id).not.toMatch(/Planned \(issue \d+\)/);
      if (!status.startsWith('Mitigated')) expect(`${hazard.fields.Mitigation} ${status}`, hazard.id).toMatch(/Planned \(issue \d+\)|[Nn]ot (yet )?built|not yet|not flagged/);
    }
  });

  it('cites at least one test for every hazard that is not only planned', () => {
    for (const hazard of hazards) {
      const evidence = hazard.fields.Evidence ?? '';
      const cited = citations(evidence);
      // Every backticked path must be part of a well-formed citation.
      expect(cited.length, `${hazard.id}: malformed citation in "${evidence}"`).toBe(evidence.match(/`[^`]+`/g)?.length ?? 0);
      if (cited.length === 0) {
        expect(hazard.fields.Status, `${hazard.id} cites no test`).toMatch(/^Open\b.*Planned \(issue \d+\)/);
        expect(evidence, hazard.id).toMatch(/Planned \(issue \d+\)/);
      }
    }
  });

  it('is summarised in the safety case hazard for hazard, with the same risks and status', () => {
    const safetyCase = readFileSync(resolve(ROOT, 'docs/clinical-safety/safety-case.md'), 'utf8');
    const rows = safetyCase.split('\n').filter((l) => /^\| H-\d+: /.test(l)).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    expect(rows).toEqual(
      hazards.map((h) => [
        `${h.id}: ${h.title}`,
        h.fields['Initial risk'],
        /^\d/.exec(h.fields['Residual risk'] ?? '')?.[0],
        /^(Mitigated|Partly mitigated|Open)/.exec(h.fields.Status ?? '')?.[0],
      ]),
    );
  });

  const all = hazards.flatMap((h) => citations(h.fields.Evidence ?? '').map((c) => [h.id, c.file, c.name] as const));

  it('cites tests at all', () => {
    expect(all.length).toBeGreaterThan(0);
  });

  it.each(all)('%s cites %s › %s, which exists', (_id, file, name) => {
    const path = resolve(ROOT, file);
    expect(path.startsWith(`${ROOT}/tests/`), `${file} is not under tests/`).toBe(true);
    expect(existsSync(path), `${file} does not exist`).toBe(true);
    expect(testNames(readFileSync(path, 'utf8'))).toContain(name);
  });
});

describe('testNames', () => {
  it('reads plain, double-quoted, curly-apostrophe and it.each names, and skips it.skip, comments and describe', () => {
    const source = [
      "describe('group', () => {",
      "  it('keeps today’s session', () => {});",
      '  it("says \\"hi\\"", async () => {});',
      "  it.each([['a', { x: ')' }], ['b', [1, 2]]])('refuses %s, saying why', (i) => {});",
      "  it.skip('is skipped', () => {});",
      "  // it('is a comment mention', () => {});",
      "  /* it('is in a block comment', () => {}); */",
      "  fit('is not vitest', () => {});",
      '});',
    ].join('\n');
    expect(testNames(source)).toEqual(['keeps today’s session', 'says "hi"', 'refuses %s, saying why']);
  });
});
