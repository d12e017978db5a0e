import type { ExportScope } from './exports';
import { describeFilters } from './filters';
import type { FhirAuditBundle, FhirAuditEntity, FhirAuditEvent } from './fhir-schema';
import type { AuditEvent } from './schema';

// Usage records as a FHIR R4 Bundle of AuditEvent resources for governance systems. Codes are
// Coplan's own, under `urn:coplan:` systems. The agent is the pseudonymous clinician, the source
// site the team, entities are session, framework, prompt, domain, section and option ids: there is
// never a patient, and no `subject`.

const ACTIONS: Record<AuditEvent['type'], FhirAuditEvent['action']> = {
  'session-started': 'C', 'session-finished': 'U', 'session-reopened': 'U', 'prompt-status-set': 'U', 'option-set': 'U', 'guidance-opened': 'R',
  'search-run': 'E', 'summary-inserted': 'C', 'summary-insert-undone': 'D', 'summary-copied': 'R', 'insertion-failed': 'C', 'wrong-patient-warning': 'E',
  'equality-recorded': 'U', 'participants-set': 'U', 'agenda-set': 'U',
};

const coding = (kind: string, code: string) => ({ system: `urn:coplan:${kind}`, code });
const entity = (kind: string, value: string): FhirAuditEntity => ({ what: { identifier: { system: `urn:coplan:${kind}`, value } }, type: coding('entity-type', kind) });

function entities(e: AuditEvent): FhirAuditEntity[] {
  const list = [entity('session', e.sessionId), entity('framework', `${e.frameworkId}|${e.frameworkVersion}`)];
  if ('domainId' in e && e.domainId) list.push(entity('domain', e.domainId));
  if ('promptId' in e) list.push(entity('prompt', e.promptId));
  if ('sectionId' in e) list.push(entity('section', e.sectionId));
  if ('optionId' in e) list.push(entity('option', e.optionId));
  if ('domainIds' in e) list.push(...e.domainIds.map((id) => entity('domain', id)));
  if ('resultCount' in e) list.push({ type: coding('entity-type', 'search'), detail: [{ type: 'result-count', valueString: String(e.resultCount) }] });
  return list;
}

function subtype(e: AuditEvent): FhirAuditEvent['subtype'] {
  if ('status' in e) return [coding('prompt-status', e.status)];
  if ('outcome' in e) return [coding(`${e.type}-outcome`, e.outcome)];
  if ('path' in e) return [coding('agenda-path', e.path)];
  return undefined;
}

export function fhirAuditEvent(e: AuditEvent): FhirAuditEvent {
  const sub = subtype(e);
  return {
    resourceType: 'AuditEvent',
    id: e.id,
    type: coding('audit-event-type', e.type),
    ...(sub ? { subtype: sub } : {}),
    action: ACTIONS[e.type],
    recorded: new Date(e.at).toISOString(),
    outcome: e.type === 'insertion-failed' ? '4' : '0',
    purposeOfEvent: [{ coding: [coding('purpose', e.training ? 'training' : 'care-planning')] }],
    agent: [{ who: { identifier: { system: 'urn:coplan:clinician', value: e.clinician } }, requestor: true }],
    source: { site: e.team, observer: { display: 'Coplan' }, type: [{ system: 'http://terminology.hl7.org/CodeSystem/security-source-type', code: '1', display: 'User Device' }] },
    entity: entities(e),
  };
}

/** The export itself as the first AuditEvent (DICOM 110106 "Export"), its details saying what it covers. */
function exportRecord(scope: ExportScope, count: number, id: string): FhirAuditEvent {
  const { filters } = scope;
  const detail = [
    { type: 'date-range', valueString: `${filters.from} to ${filters.to} inclusive (UK time)` },
    { type: 'filters', valueString: describeFilters(filters) },
    { type: 'framework-versions', valueString: scope.frameworks.join('; ') || 'none (no sessions)' },
    { type: 'event-count', valueString: String(count) },
  ];
  return {
    resourceType: 'AuditEvent',
    id,
    type: { system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110106', display: 'Export' },
    action: 'R',
    recorded: new Date(scope.generatedAt).toISOString(),
    outcome: '0',
    agent: [{ type: { coding: [coding('agent-type', 'dashboard-user')] }, requestor: true }],
    source: { observer: { display: 'Coplan dashboard' } },
    entity: [{ type: coding('entity-type', 'export-scope'), detail }],
  };
}

/** A `collection` Bundle: the export's own record first, then one AuditEvent per event. */
export function auditBundle(events: AuditEvent[], scope: ExportScope, newId: () => string = () => crypto.randomUUID()): FhirAuditBundle {
  return {
    resourceType: 'Bundle',
    id: newId(),
    type: 'collection',
    timestamp: new Date(scope.generatedAt).toISOString(),
    entry: [exportRecord(scope, events.length, newId()), ...events.map(fhirAuditEvent)].map((resource) => ({ resource })),
  };
}
