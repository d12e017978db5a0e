import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../core/sites/match';

describe('matchesPattern', () => {
  it.each([
    ['https://rio.example.nhs.uk/*', 'https://rio.example.nhs.uk/patients/12?tab=plan', true],
    ['https://*.ehr.example.nhs.uk/*', 'https://north.ehr.example.nhs.uk/x', true],
    ['https://*.ehr.example.nhs.uk/*', 'https://ehr.example.nhs.uk/x', true],
    ['http://127.0.0.1/*', 'http://127.0.0.1:8123/ehr/plain.html', true],
    ['*://ehr.example/*', 'http://ehr.example/', true],
    ['https://rio.example.nhs.uk/*', 'http://rio.example.nhs.uk/', false],
    ['https://rio.example.nhs.uk/*', 'https://rio.example.nhs.uk.evil.example/', false],
    ['https://rio.example.nhs.uk/care/*', 'https://rio.example.nhs.uk/other', false],
    ['not a pattern', 'https://rio.example.nhs.uk/', false],
  ])('%s against %s is %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });
});
