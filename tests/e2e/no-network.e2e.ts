import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCoplan } from './support/coplan';

const LEAKY = resolve(import.meta.dirname, '../fixtures/leaky-extension');

// Every end-to-end file ends with startCoplan's close(), which fails on any outside request. This
// proves that net catches one: an extension that sends requests out from its service worker and
// from an extension frame in a web page (where Coplan's sidebar lives) must fail it.
describe('the no-network check', () => {
  it('fails when the extension’s service worker or its frame in a page sends a request out', async () => {
    const run = await startCoplan({ extensionPath: LEAKY });
    const page = await run.context.newPage();
    await page.goto(run.url('leak.html'));
    await expect.poll(() => run.outsideRequests().length).toBe(2);
    expect(run.outsideRequests().sort()).toEqual([
      `https://leak-from-frame.invalid/ (from frame chrome-extension://${run.id}/leak.html)`,
      `https://leak-from-worker.invalid/ (from service worker chrome-extension://${run.id}/background.js)`,
    ]);
    await expect(run.close()).rejects.toThrow(/leak-from-frame\.invalid.*leak-from-worker\.invalid|leak-from-worker\.invalid.*leak-from-frame\.invalid/);
  });
});
