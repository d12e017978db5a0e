import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSidebar, startCoplan, type Coplan } from './support/coplan';

/**
 * Issue 17: the extension pages' content security policy, as Chromium enforces it in the sidebar
 * frame on an EHR page. Even a script that got into the sidebar could not send a draft anywhere.
 */
let coplan: Coplan;
beforeAll(async () => {
  coplan = await startCoplan();
});
afterAll(async () => {
  await coplan?.close();
});

describe('the sidebar’s content security policy', () => {
  it('blocks a fetch and a raw HTML sink from the sidebar', async () => {
    const page = await coplan.context.newPage();
    await page.goto(coplan.url('ehr/plain.html'));
    const sidebar = await openSidebar(page, coplan.id);
    const target = coplan.url('ehr/plain.html?from=sidebar');
    const reached: string[] = [];
    coplan.context.on('request', (request) => void (request.url().includes('from=sidebar') && reached.push(request.url())));
    const outcome = await sidebar.evaluate(async (url) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const fetched = await fetch(url).then(() => 'sent', (error: Error) => `blocked: ${error.name}`);
      let sink = 'written';
      try {
        document.createElement('div').innerHTML = '<img src=x>';
      } catch (error) {
        sink = `blocked: ${(error as Error).name}`;
      }
      await new Promise((done) => setTimeout(done, 300));
      return { fetched, sink, violations: [...new Set(violations)].sort() };
    }, target);
    expect(outcome).toEqual({
      fetched: 'blocked: TypeError',
      sink: 'blocked: TypeError',
      violations: ['connect-src', 'require-trusted-types-for'],
    });
    // Nothing reached the test server from the sidebar.
    expect(reached).toEqual([]);
    await page.close();
  });
});
