import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../core/packs/json-text';
import { forbiddenKeys } from '../../core/packs/problems';
import { readPackFile } from '../../core/packs/read';
import { PackSchema } from '../../core/packs/schema';
import { checkPack } from '../../core/packs/check';
import { builtIns, goodPack, packFile, PACKS_DIR } from '../fixtures/packs/corpus';

const goodFiles = readdirSync(join(PACKS_DIR, 'good'));

describe('the pack schema', () => {
  it.each(goodFiles)('accepts the good pack %s, including the README example', async (file) => {
    expect(PackSchema.safeParse(JSON.parse(readFileSync(goodPack(file), 'utf8'))).success).toBe(true);
    expect(await readPackFile(packFile(goodPack(file)), builtIns())).toMatchObject({ ok: true });
  });

  it('refuses javascript: links however the scheme is disguised', () => {
    const pack = PackSchema.parse(JSON.parse(readFileSync(goodPack('readme-example.json'), 'utf8')));
    for (const link of ['javascript:alert(1)', 'JaVaScRiPt:x', 'java\tscript:x', 'java&#x09;script:x', 'javascript&colon;x', 'javascript&#58;x']) {
      const body = `${pack.sections[0]!.body}\n\n[go](${link})`;
      expect(checkPack({ ...pack, sections: [{ ...pack.sections[0]!, body }] }, builtIns()).join()).toContain('javascript: link');
    }
  });

  it('leaves ordinary text that mentions script or Java alone', () => {
    const pack = PackSchema.parse(JSON.parse(readFileSync(goodPack('readme-example.json'), 'utf8')));
    const body = `${pack.sections[0]!.body}\n\nThe person's script for the meeting; Java: a language. Transcript: none.`;
    expect(checkPack({ ...pack, sections: [{ ...pack.sections[0]!, body }] }, builtIns())).toEqual([]);
  });
});

describe('reading JSON text', () => {
  it.each([
    '{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n\\"", {}], "b": []}',
    '  "just a string"  ',
    '[[[[1]]]]',
  ])('passes valid JSON %s', (text) => {
    expect(scanJson(text, 20)).toBeUndefined();
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it.each([
    ['{"a": 1,\n "b": }', 2, 7, 'unexpected "}"'],
    ['{"a": 01}', 1, 8, 'unexpected "1"'],
    ['{"a": "line\nbreak"}', 1, 12, 'control character'],
    ["{'a': 1}", 1, 2, 'quoted field name'],
    ['{"a": "\\x"}', 1, 8, 'backslash'],
    ['{"a": 1} {}', 1, 10, 'after the end'],
    ['{"a": [1, 2', 1, 12, 'ends early'],
  ])('places the error in %j at line %i, column %i', (text, line, column, words) => {
    const problem = scanJson(text, 20);
    expect(problem).toMatchObject({ line, column });
    expect(problem?.message).toContain(words);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('refuses nesting deeper than the limit before JSON.parse sees it', () => {
    expect(scanJson(`${'['.repeat(21)}${']'.repeat(21)}`, 20)?.message).toContain('nests deeper than 20');
    expect(scanJson(`${'['.repeat(20)}${']'.repeat(20)}`, 20)).toBeUndefined();
  });
});

describe('prototype-pollution keys', () => {
  it('finds __proto__, constructor and prototype anywhere, by path', () => {
    const parsed: unknown = JSON.parse('{"a": [{"b": {"__proto__": {"x": 1}}}], "constructor": {}, "c": {"prototype": 1}}');
    expect(forbiddenKeys(parsed).map((p) => p.split(':')[0])).toEqual(['a[0].b.__proto__', 'constructor', 'c.prototype']);
    expect(({} as { x?: number }).x).toBeUndefined();
  });
});
