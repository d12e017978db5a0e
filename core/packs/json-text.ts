/**
 * Reading a pack file's text before JSON.parse sees it: strict UTF-8, and one pass that finds the
 * first syntax error with its line and column (V8's messages give neither in Node 20) and refuses
 * nesting deeper than a pack needs, so a hostile file cannot drive a deep recursion.
 */

/** A problem placed in the file, for a message a publisher can act on. */
export interface TextProblem {
  line: number;
  column: number;
  message: string;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) [line, start] = [line + 1, i + 1];
  return { line, column: offset - start + 1 };
}

/** The text, or where the first bytes that are not UTF-8 are. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: TextProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // The lenient decoder marks bad bytes with U+FFFD; the first one is at (or, if the file also
    // holds a genuine U+FFFD, after) the first bad sequence.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lineColumn(lenient, Math.max(0, lenient.indexOf('\uFFFD')));
    return { problem: { ...at, message: 'the file has bytes that are not UTF-8 text; save the pack as UTF-8' } };
  }
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set('"\\/bfnrt'.split('').map((c) => c.charCodeAt(0)));
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** The first JSON syntax error or over-deep nesting, or undefined if JSON.parse can take the text. */
export function scanJson(text: string, maxDepth: number): TextProblem | undefined {
  // Each open container remembers whether it is an object; `expect` is what may come next.
  const stack: boolean[] = [];
  let expect: 'value' | 'key' | 'colon' | 'next' = 'value';
  let i = 0;
  const fail = (message: string, at = i) => ({ ...lineColumn(text, at), message: `the file is not valid JSON: ${message}` });
  const found = (at: number) => (at >= text.length ? 'the file ends early: is it cut short?' : `unexpected ${JSON.stringify(text[at])}`);
  for (;;) {
    while (WHITESPACE.has(text.charCodeAt(i))) i++;
    const c = text[i];
    if (c === undefined) return stack.length || expect !== 'next' ? fail(found(i)) : undefined;
    if (expect === 'next' && !stack.length) return fail(`unexpected ${JSON.stringify(c)} after the end of the JSON`);
    if ((c === '}' && stack.at(-1) === true && (expect === 'next' || expect === 'key')) || (c === ']' && stack.at(-1) === false && expect !== 'colon' && expect !== 'key')) {
      [i, expect] = [i + 1, 'next'];
      stack.pop();
    } else if (c === ',' && expect === 'next') {
      [i, expect] = [i + 1, stack.at(-1) ? 'key' : 'value'];
      if (text[skip(text, i)] === (stack.at(-1) ? '}' : ']')) return fail('a trailing comma is not allowed in JSON', i - 1);
    } else if (c === ':' && expect === 'colon') {
      [i, expect] = [i + 1, 'value'];
    } else if (c === '"' && (expect === 'value' || expect === 'key')) {
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return fail(end.message, end.at);
      [i, expect] = [end, expect === 'key' ? 'colon' : 'next'];
    } else if ((c === '{' || c === '[') && expect === 'value') {
      if (stack.length >= maxDepth) return { ...lineColumn(text, i), message: `the file nests deeper than ${maxDepth} levels; a Coplan pack needs far fewer` };
      stack.push(c === '{');
      [i, expect] = [i + 1, c === '{' ? 'key' : 'value'];
    } else if (expect === 'value' && match(NUMBER, text, i) + match(LITERAL, text, i) > 0) {
      [i, expect] = [i + match(NUMBER, text, i) + match(LITERAL, text, i), 'next'];
    } else {
      return fail(expect === 'key' ? `expected a quoted field name, found ${JSON.stringify(c)}` : found(i));
    }
  }
}

function skip(text: string, i: number): number {
  while (WHITESPACE.has(text.charCodeAt(i))) i++;
  return i;
}

function match(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex - at : 0;
}

// A run of characters that need no attention inside a string; one regex step per run, not per character.
const PLAIN = /[^"\\\u0000-\u001f]*/y;

/** Offset just past the string that opens at `start`, or what is wrong with it. */
function stringEnd(text: string, start: number): number | { at: number; message: string } {
  for (let i = start + 1; i < text.length; i++) {
    i += match(PLAIN, text, i);
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (Number.isNaN(code)) break;
    if (code < 0x20) return { at: i, message: 'a line break or control character inside a string must be escaped' };
    const next = text.charCodeAt(i + 1);
    if (next === 0x75 && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
    else if (ESCAPES.has(next)) i += 1;
    else return { at: i, message: 'a backslash must start a JSON escape such as \\n or \\u00e9' };
  }
  return { at: text.length, message: 'a string is never closed: is the file cut short?' };
}
