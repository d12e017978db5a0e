import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_POLICY, POLICY_KEYS, readPolicy } from '../../core/sites/policy';
import { loadPolicy } from '../../core/storage/policy-item';

const root = resolve(import.meta.dirname, '../..');
const json = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as Record<string, unknown>;
const chromeExample = () => (json('tests/fixtures/policy/chrome-linux.json')['3rdparty'] as { extensions: Record<string, Record<string, unknown>> }).extensions.EXTENSION_ID!;

describe('enterprise policy', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('declares in the managed schema exactly the keys Coplan reads', () => {
    const schema = json('public/managed-schema.json') as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('reads the README examples for Chrome and Firefox without a warning', () => {
    const firefox = (json('tests/fixtures/policy/firefox-policies.json') as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } }).policies['3rdparty'].Extensions['coplan@coplan.invalid'];
    expect(firefox).toEqual(chromeExample());
    const warn = vi.fn();
    expect(readPolicy(chromeExample(), warn)).toEqual({
      sites: ['https://rio.example.nhs.uk/*', 'https://*.ehr.example.nhs.uk/*'],
      teamId: 'north-east-cmht',
      retentionHours: 12,
      allowUserSites: false,
      fieldProfiles: [
        { site: 'https://rio.example.nhs.uk/*', label: 'Care plan' },
        { site: 'https://*.ehr.example.nhs.uk/*', selector: '#careplan-text' },
      ],
      personContext: [
        { site: 'https://rio.example.nhs.uk/*', selector: '.patient-banner .nhs-number' },
        { site: 'https://*.ehr.example.nhs.uk/*', urlPattern: '/patients/(\\d+)' },
      ],
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads where Coplan opens, and ignores a mode it does not know with a warning (issue 17)', () => {
    expect(readPolicy({ panel: 'side-panel' }).panel).toBe('side-panel');
    expect(readPolicy({ panel: 'page' }).panel).toBe('page');
    const warn = vi.fn();
    expect(readPolicy({ panel: 'floating' }, warn).panel).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Coplan policy: ignored panel "floating": /));
  });

  it('keeps the valid entries of a damaged policy and names every ignored one in a warning', () => {
    const warn = vi.fn();
    const policy = readPolicy(json('tests/fixtures/policy/damaged.json'), warn);
    expect(policy).toEqual({ ...NO_POLICY, sites: ['https://rio.example.nhs.uk/*'], fieldProfiles: [{ site: 'https://rio.example.nhs.uk/*', label: 'Care plan' }] });
    const warnings = warn.mock.calls.map(([message]) => String(message));
    expect(warnings).toEqual([
      'Coplan policy: ignored sites[1] "<all_urls>": would run Coplan on every site; name the EHR sites instead',
      'Coplan policy: ignored sites[2] 42: is not text',
      'Coplan policy: ignored sites[3] "ehr.example.nhs.uk": is not a match pattern such as https://ehr.example.nhs.uk/*',
      'Coplan policy: ignored sites[4] "http://127.0.0.1:8080/*": has a port; match patterns cover every port of a host, so leave it out',
      'Coplan policy: ignored fieldProfiles[1] {"site":"https://rio.example.nhs.uk/*"}: needs a selector or a label',
      'Coplan policy: ignored fieldProfiles[2] {"selector":"#plan"}: site is missing',
      'Coplan policy: ignored fieldProfiles[3] {"site":"https://rio.example.nhs.uk/*","label":"Plan","colour":"red"}: has unknown keys colour',
      'Coplan policy: ignored personContext {"site":"https://rio.example.nhs.uk/*","urlPattern":"/patients/("}: is not a list',
      'Coplan policy: ignored teamId "": is empty',
      'Coplan policy: ignored retentionHours 10000: is not a whole number of hours from 1 to 720',
      'Coplan policy: ignored allowUserSites "no": is not true or false',
    ]);
  });

  it('refuses a person-context rule whose urlPattern is not a regular expression', () => {
    const warn = vi.fn();
    expect(readPolicy({ personContext: [{ site: 'https://rio.example.nhs.uk/*', urlPattern: '/patients/(' }] }, warn).personContext).toEqual([]);
    expect(String(warn.mock.calls[0]?.[0])).toContain('urlPattern is not a valid regular expression');
  });

  it('reads the managed storage area trust IT fills', async () => {
    await fakeBrowser.storage.managed.set(chromeExample());
    expect((await loadPolicy()).sites).toEqual(['https://rio.example.nhs.uk/*', 'https://*.ehr.example.nhs.uk/*']);
  });

  it('falls back to no policy when the browser cannot read managed storage, and says so once', async () => {
    // Firefox with no policies.json entry for Coplan rejects every read of managed storage.
    const read = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadPolicy()).toEqual(NO_POLICY);
    expect(await loadPolicy()).toEqual(NO_POLICY);
    expect(read).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain('no enterprise policy could be read');
  });
});
