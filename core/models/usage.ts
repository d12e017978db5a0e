import type { AuditInput, DistributiveOmit } from '../audit/schema';

/** Something that happened in the sidebar, as an audit event minus what the session supplies. */
export type UsageEvent = DistributiveOmit<AuditInput, 'sessionId' | 'frameworkId' | 'frameworkVersion'>;

/** Reports usage for the open session; never free text, by the type of UsageEvent. */
export type ReportUsage = (event: UsageEvent) => void;
