import { describe, expect, it } from 'vitest';
import { parseSiteList, parseSitePattern } from '../../core/sites/patterns';

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
    expect(() => parseSiteList('nonsense, http://a.example:1/*')).toThrow(/"nonsense".*"http:\/\/a.example:1\/\*"/);
  });
});
