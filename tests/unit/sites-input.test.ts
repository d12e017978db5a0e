import { describe, expect, it } from 'vitest';
import { parseSiteInput, siteForBareHost } from '../../core/sites/admit';
import { sameOrigins } from '../../core/sites/patterns';
import { planRegistrations, siteScripts } from '../../core/sites/registrations';
import { keepsPermission, listSites } from '../../core/sites/sources';

describe('a bare host name typed into "Add site"', () => {
  it.each([
    ['rio.example.nhs.uk', 'https://rio.example.nhs.uk/*'],
    [' RIO.example.nhs.uk/patients/1 ', 'https://rio.example.nhs.uk/*'],
  ])('completes %j to the site %s, offered for confirmation', (input, pattern) => {
    expect(siteForBareHost(input)).toBe(pattern);
  });

  it.each(['rio', 'https://rio.example.nhs.uk/', '*.nhs.uk', 'rio example', 'rio.example.nhs.uk:8443'])('offers nothing for %j', (input) => {
    expect(siteForBareHost(input)).toBeUndefined();
  });
});

describe('what "Add site" accepts', () => {
  it.each([
    ['https://ehr.example.nhs.uk/path/to/record?id=1', 'https://ehr.example.nhs.uk/*'],
    ['  http://127.0.0.1:8080/ehr/plain.html ', 'http://127.0.0.1/*'],
    ['https://*.ehr.example.nhs.uk/*', 'https://*.ehr.example.nhs.uk/*'],
    ['http://127.0.0.1/sites-test/*', 'http://127.0.0.1/sites-test/*'],
  ])('reads %s as %s', (input, pattern) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, pattern });
  });

  it.each([
    ['ehr.example.nhs.uk', 'is not a match pattern'],
    ['<all_urls>', 'every site'],
    ['ftp://ehr.example.nhs.uk/', 'is not a match pattern'],
    ['https://ehr.example.nhs.uk:8443/*', 'has a port'],
    ['http://ehr.example.nhs.uk/record/1', 'is not https://'],
    ['https://*.nhs.uk/*', 'spans more than one organisation'],
  ])('refuses %s with the parser’s reason', (input, reason) => {
    const parsed = parseSiteInput(input);
    expect(parsed).toMatchObject({ ok: false, input });
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });
});

describe('one list from three sources', () => {
  it('lists each pattern once, under the strongest source', () => {
    expect(listSites({ builtIn: ['a'], policy: ['b', 'a'], user: ['c', 'b'] })).toEqual([
      { pattern: 'a', source: 'built-in' },
      { pattern: 'b', source: 'policy' },
      { pattern: 'c', source: 'user' },
    ]);
  });

  it('keeps the host permission of a removed site the build or policy still names', () => {
    expect(keepsPermission('b', { builtIn: ['a'], policy: ['b'] })).toBe(true);
    expect(keepsPermission('c', { builtIn: ['a'], policy: ['b'] })).toBe(false);
  });
});

describe('registration plan', () => {
  const [one, two] = siteScripts(['https://a.example/*', 'https://b.example/*'], []);

  it('registers what is missing and re-registers what is out of date', () => {
    const stale = { ...two!, js: ['content-scripts/old.js'] };
    expect(planRegistrations([one!, two!], [one!, stale, { id: 'someone-else', matches: ['https://c.example/*'] }])).toEqual({ unregister: [two!.id], register: [two] });
  });

  it('unregisters its own registrations that are no longer wanted, and nothing else', () => {
    expect(planRegistrations([], [one!, { id: 'someone-else' }])).toEqual({ unregister: [one!.id], register: [] });
  });
});

describe('patterns that share origins', () => {
  it.each([
    ['http://127.0.0.1/*', 'http://127.0.0.1/sites-test/*', true],
    ['*://ehr.example.nhs.uk/*', 'https://ehr.example.nhs.uk/a/*', true],
    ['https://*.example.nhs.uk/*', 'https://ehr.example.nhs.uk/*', true],
    ['https://*.example.nhs.uk/*', 'https://*.ehr.example.nhs.uk/*', true],
    ['https://*.example.nhs.uk/*', 'https://example.nhs.uk/*', true],
    ['https://*.a.example/*', 'https://*.b.example/*', false],
    ['https://ehr.example.nhs.uk/*', 'http://ehr.example.nhs.uk/*', false],
    ['https://ehr.example.nhs.uk/*', 'https://notehr.example.nhs.uk/*', false],
    ['https://*.example.nhs.uk/*', 'https://badexample.nhs.uk/*', false],
  ])('%s and %s: %s', (a, b, meet) => {
    expect(sameOrigins(a, b)).toBe(meet);
    expect(sameOrigins(b, a)).toBe(meet);
  });

  it('keeps a removed site’s permission while it is part of the build’s required ones', () => {
    expect(keepsPermission('http://127.0.0.1/sites-test/*', { builtIn: ['http://127.0.0.1/*'], policy: [] })).toBe(true);
  });
});
