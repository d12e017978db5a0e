import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoplan, type Coplan } from './support/coplan';

/**
 * Issue 17: `externally_connectable` is empty, so no web page and no other extension can message
 * Coplan. Coplan also listens to no external message at all, so these hold twice over; the
 * manifest itself is checked in tests/e2e/bundle.e2e.ts.
 */
const OTHER = realpathSync(resolve(import.meta.dirname, '../fixtures/other-extension'));
/** An unpacked extension's id, as Chromium makes it from its folder: SHA-256 of the path, in letters a–p. */
const unpackedId = (path: string) =>
  [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan({ otherExtensions: [OTHER] });
});
afterAll(async () => {
  await coplan?.close();
});

describe('messages from outside Coplan', () => {
  it('are refused from another extension, as a message or a port', async () => {
    const other = await coplan.context.newPage();
    await other.goto(`chrome-extension://${unpackedId(OTHER)}/other.html`);
    const tried = await other.evaluate((id) => (window as unknown as { tryCoplan(id: string): Promise<{ message: string; port: string }> }).tryCoplan(id), coplan.id);
    expect(tried.message).toMatch(/^refused: /);
    expect(tried.port).toMatch(/^closed: /);
    await other.close();
  });

  it('cannot even be sent by a page on a site Coplan runs on: the page has no way to address it', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    await page.close();
  });
});
