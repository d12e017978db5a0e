import { describe, expect, it } from 'vitest';
import { originPattern } from '../../core/sites/origin-pattern';

describe('originPattern', () => {
  it('covers a whole web origin, on every port, as Coplan’s site patterns do', () => {
    expect(originPattern('https://rio.example.nhs.uk')).toBe('https://rio.example.nhs.uk/*');
    expect(originPattern('http://127.0.0.1:45391')).toBe('http://127.0.0.1/*');
  });

  it('gives nothing for an origin that cannot be an EHR site', () => {
    for (const origin of ['null', 'file://', 'moz-extension://abc', 'chrome-extension://abc', 'https://a.example/path', '']) {
      expect(originPattern(origin)).toBeUndefined();
    }
  });
});
