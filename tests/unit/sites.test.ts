import { describe, expect, it } from 'vitest';
import { admitSitePattern, parseSiteList } from '../../core/sites/admit';
import { parseSitePattern } from '../../core/sites/patterns';

describe('site patterns', () => {
  it('accepts the patterns a trust would configure', () => {
    expect(parseSiteList('https://ehr.example.nhs.uk/*, http://127.0.0.1/*,https://*.rio.example/*')).toEqual([
      'https://ehr.example.nhs.uk/*',
      'http://127.0.0.1/*',
      'https://*.rio.example/*',
    ]);
  });

  it('builds for no sites when none are given', () => {
    expect(parseSiteList(undefined)).toEqual([]);
    expect(parseSiteList(' , ')).toEqual([]);
  });

  it.each([
    ['<all_urls>', 'every site'],
    ['ehr.example.nhs.uk', 'not a match pattern'],
    ['ftp://ehr.example/*', 'not a match pattern'],
    ['http://127.0.0.1:8080/*', 'has a port'],
  ])('refuses %s, saying why', (input, reason) => {
    const result = parseSitePattern(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it('names every bad entry in one message', () => {
    expect(() => parseSiteList('nonsense, https://a.example:1/*')).toThrow(/"nonsense".*"https:\/\/a.example:1\/\*"/);
  });

  it('stops a build for a site that spans many organisations, naming it', () => {
    expect(() => parseSiteList('https://ehr.example.nhs.uk/*, https://*.nhs.uk/*')).toThrow(/"https:\/\/\*\.nhs\.uk\/\*" spans more than one organisation/);
  });
});

// Issue 17: a site must mean one EHR, reached securely. The public suffix list decides what one
// organisation's domain is: nhs.uk and github.io are suffixes shared by many owners.
describe('which sites Coplan may run on', () => {
  it.each([
    ['*://*/*', 'every site'],
    ['https://*/*', 'every site'],
    ['http://*/*', 'every site'],
    ['<all_urls>', 'every site'],
    ['https://*.uk/*', 'spans more than one organisation'],
    ['https://*.nhs.uk/*', 'spans more than one organisation'],
    ['https://*.co.uk/*', 'spans more than one organisation'],
    ['https://*.com/*', 'spans more than one organisation'],
    ['https://*.github.io/*', 'spans more than one organisation'],
    ['https://*.sch.uk/*', 'spans more than one organisation'],
    ['https://*.example/*', 'spans more than one organisation'],
    ['https://*.10.0.0.1/*', 'spans more than one organisation'],
    ['http://ehr.example.nhs.uk/*', 'is not https://'],
    ['*://ehr.example.nhs.uk/*', 'is not https://'],
    ['http://10.0.0.5/*', 'is not https://'],
  ])('refuses %s: %s', (input, reason) => {
    const result = admitSitePattern(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it.each([
    'https://ehr.example.nhs.uk/*',
    'https://*.ehr.example.nhs.uk/*',
    'https://*.example.nhs.uk/*',
    'https://*.rio.example/*',
    'https://*.trust.org.uk/*',
    'https://rio.example.nhs.uk/patients/*',
    'https://10.0.0.5/*',
    'http://127.0.0.1/*',
    'http://localhost/*',
    '*://127.0.0.1/*',
    'http://127.0.0.1/sites-test/*',
  ])('accepts %s', (input) => {
    expect(admitSitePattern(input)).toEqual({ ok: true, pattern: input });
  });
});
