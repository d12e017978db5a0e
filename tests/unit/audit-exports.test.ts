import { describe, expect, it } from 'vitest';
import { aggregate } from '../../core/audit/aggregate';
import { csvCell, csvLines } from '../../core/audit/csv';
import { aggregateCsv, eventsCsv, type ExportScope } from '../../core/audit/exports';
import { auditBundle } from '../../core/audit/fhir';
import { FhirAuditBundleSchema } from '../../core/audit/fhir-schema';
import { labelsFrom } from '../../core/audit/labels';
import { smallFramework } from '../fixtures/small-framework';
import { GOLDEN_EVENTS } from '../fixtures/audit/golden';

const events = GOLDEN_EVENTS.filter((e) => !e.training);
const scope: ExportScope = {
  filters: { from: '2025-01-01', to: '2025-12-31', team: 'team-north', training: false },
  frameworks: ['coplan-core@1.0.0', 'coplan-core@1.1.0'],
  generatedAt: Date.parse('2026-01-02T09:00:00Z'),
};

describe('CSV', () => {
  it('quotes fields with commas, quotes or line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('plain-id')).toBe('plain-id');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvLines([['a', 1], ['b', undefined]])).toBe('a,1\r\nb,\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(['=SUM(A1:A9)', '+44', '-1', '@cmd', '\tx'].map(csvCell)).toEqual(["'=SUM(A1:A9)", "'+44", "'-1", "'@cmd", "'\tx"]);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell(-3)).toBe('-3');
  });

  it('opens the raw-event export with its dates, filters and framework versions, then one row per event', () => {
    const lines = eventsCsv(events, scope).split('\r\n');
    expect(lines.slice(0, 4)).toEqual([
      'Coplan usage records,Raw events',
      'Date range,2025-01-01 to 2025-12-31 inclusive (UK time)',
      'Filters,team team-north; all clinicians; all framework versions; training sessions excluded',
      'Framework versions,coplan-core@1.0.0; coplan-core@1.1.0',
    ]);
    const header = lines.indexOf('id,at,type,clinician,team,sessionId,frameworkId,frameworkVersion,domainId,promptId,status,sectionId,resultCount,optionId,outcome,path,domainIds,training');
    expect(lines.slice(header + 1).filter(Boolean)).toHaveLength(events.length);
    expect(lines).toContain('session-gmt-monday-1,2025-03-24T10:05:00.000Z,prompt-status-set,clinician-a,team-north,session-gmt-monday,coplan-core,1.0.0,faith,faith-importance,explored,,,,,,,false');
  });

  it('writes every aggregate table under its title, with the scope first', () => {
    const text = aggregateCsv(aggregate(events, scope.filters), scope, labelsFrom(smallFramework));
    expect(text.startsWith('Coplan usage records,Aggregate tables\r\nDate range,2025-01-01 to 2025-12-31')).toBe(true);
    for (const title of ['Totals', 'Coverage by domain', 'By ISO week', 'By clinician', 'By team', 'By framework version', 'Least-restrictive options']) {
      expect(text).toMatch(new RegExp(`^${title}`, 'm'));
    }
    expect(text).toContain('faith,Faith and beliefs,');
    expect(text).toContain('home-treatment,Home treatment,0,1,0');
  });
});

describe('FHIR AuditEvent bundle', () => {
  const bundle = auditBundle(events, scope, (() => { let i = 0; return () => `id-${++i}`; })());

  it('is a valid collection Bundle of AuditEvents with no patient anywhere', () => {
    expect(FhirAuditBundleSchema.safeParse(bundle).success).toBe(true);
    expect(bundle.entry).toHaveLength(events.length + 1);
    expect(JSON.stringify(bundle)).not.toMatch(/patient|subject/i);
  });

  it('begins with a record of the export saying what it covers', () => {
    const first = bundle.entry[0]!.resource;
    expect(first.type).toMatchObject({ code: '110106', display: 'Export' });
    expect(first.entity?.[0]?.detail).toEqual([
      { type: 'date-range', valueString: '2025-01-01 to 2025-12-31 inclusive (UK time)' },
      { type: 'filters', valueString: 'team team-north; all clinicians; all framework versions; training sessions excluded' },
      { type: 'framework-versions', valueString: 'coplan-core@1.0.0; coplan-core@1.1.0' },
      { type: 'event-count', valueString: String(events.length) },
    ]);
  });

  it('names the pseudonymous clinician as agent, the team as site, and prompts and sections as entities', () => {
    const status = bundle.entry.find((e) => e.resource.id === 'session-gmt-monday-1')!.resource;
    expect(status.type).toEqual({ system: 'urn:coplan:audit-event-type', code: 'prompt-status-set' });
    expect(status.subtype).toEqual([{ system: 'urn:coplan:prompt-status', code: 'explored' }]);
    expect(status.agent).toEqual([{ who: { identifier: { system: 'urn:coplan:clinician', value: 'clinician-a' } }, requestor: true }]);
    expect(status.source.site).toBe('team-north');
    expect(status.entity?.map((e) => e.what && 'identifier' in e.what && e.what.identifier.value)).toEqual(['session-gmt-monday', 'coplan-core|1.0.0', 'faith', 'faith-importance']);
    const guidance = bundle.entry.find((e) => e.resource.id === 'session-gmt-monday-3')!.resource;
    expect(guidance.entity?.map((e) => e.type.code)).toEqual(['session', 'framework', 'domain', 'section']);
  });
});
