import { describe, expect, it } from 'vitest';
import { SERVICE_KINDS } from '../../core/services/kinds';
import { facets, filterServices, KINDS_BY_DOMAIN, servicesForDomain } from '../../core/services/search';
import { builtInContent } from '../fixtures/packs/corpus';

const services = () => builtInContent().services;
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('the built-in services directory', () => {
  it('has 8 to 12 invented examples and covers every kind', () => {
    const examples = services().filter((s) => s.example);
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples.length).toBeLessThanOrEqual(12);
    expect(new Set(services().map((s) => s.kind))).toEqual(new Set(SERVICE_KINDS));
  });

  it('keeps every example unreachable: each name says so and no contact detail could reach anyone', () => {
    for (const { name, contact, example } of services()) {
      if (!example) continue;
      expect(name).toContain('(fictional)');
      if (contact.phone) expect(contact.phone).toMatch(/^0000 000 \d{4}$/);
      if (contact.email) expect(contact.email).toMatch(/\.example\.invalid$/);
      if (contact.website) expect(new URL(contact.website).hostname).toMatch(/\.example\.invalid$/);
    }
  });

  it('gives the real national routes (NHS 111 mental health option, Samaritans, Shout), each with checked https sources', () => {
    const real = services().filter((s) => !s.example);
    expect(real.map((s) => [s.id, s.contact.phone ?? `text ${s.contact.text}`])).toEqual([
      ['nhs-111-mental-health', '111'],
      ['samaritans', '116 123'],
      ['shout-85258', 'text 85258'],
    ]);
    for (const s of real) {
      expect(s.sources?.length, s.id).toBeGreaterThan(0);
      for (const source of s.sources!) {
        expect(new URL(source.url).protocol).toBe('https:');
        expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('offers a Dari interpreting service, as the demo scenario with Mariam needs (issue 18)', () => {
    expect(ids(filterServices(services(), { kind: 'interpreting', language: 'Dari' }))).toEqual(['example-dari-pashto-interpreting']);
  });

  it('maps only domains the framework has', () => {
    const domains = builtInContent().framework.domains.map((d) => d.id);
    expect(Object.keys(KINDS_BY_DOMAIN).filter((d) => !domains.includes(d))).toEqual([]);
  });
});

describe('searching the services directory', () => {
  it('filters by kind', () => {
    expect(filterServices(services(), { kind: 'crisis-alternative' }).map((s) => s.kind)).toEqual(['crisis-alternative', 'crisis-alternative']);
  });

  it('filters by language and faith, ignoring case', () => {
    expect(ids(filterServices(services(), { language: 'somali' }))).toEqual(['example-interpreting-line', 'example-imha-advocacy']);
    expect(ids(filterServices(services(), { faith: 'Muslim' }))).toEqual(['example-multi-faith-chaplaincy', 'example-mosque-wellbeing']);
  });

  it('combines filters: an area and a kind', () => {
    expect(ids(filterServices(services(), { area: 'Example County (fictional)', kind: 'advocacy' }))).toEqual(['example-imha-advocacy']);
  });

  it('finds text in any field, every word, ignoring accents', () => {
    expect(ids(filterServices(services(), { text: 'cafe evening' }))).toEqual(['example-crisis-cafe']);
    expect(ids(filterServices(services(), { text: 'BSL video' }))).toEqual(['example-bsl-interpreting']);
    expect(filterServices(services(), { text: 'nothing-matches-this' })).toEqual([]);
  });

  it('offers each language, faith and area once, sorted', () => {
    const { languages, faiths, areas } = facets(services());
    expect(languages).toEqual([...new Set(languages)].sort((a, b) => a.localeCompare(b)));
    expect(languages).toContain('British Sign Language');
    expect(faiths).toContain('Sikh');
    expect(areas).toEqual(['England', 'Example Borough (fictional)', 'Example County (fictional)', 'Example Hospital (fictional)', 'UK', 'UK and Ireland']);
  });

  it('shows the kinds that help under each domain', () => {
    expect(new Set(servicesForDomain(services(), 'language').map((s) => s.kind))).toEqual(new Set(['interpreting']));
    expect(new Set(servicesForDomain(services(), 'family-carers').map((s) => s.kind))).toEqual(new Set(['carers', 'community']));
    expect(new Set(servicesForDomain(services(), 'least-restrictive').map((s) => s.kind))).toEqual(new Set(['crisis-line', 'crisis-alternative', 'community']));
    expect(servicesForDomain(services(), 'trauma')).toEqual([]);
  });
});
