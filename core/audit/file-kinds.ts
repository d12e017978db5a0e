// What a file given to the dashboard's import is when it is not a usage-records file, in plain
// words, with the import that does take it (issue 18: a truncated file and the dashboard's own
// FHIR export were both refused as "not a Coplan usage-records file", leaving the lead guessing).

/** The import that takes usage records, named as the dashboard's buttons name the files. */
export const TAKES = 'This import takes the “Records for merging (JSON)” files that clinicians export from their own Coplan dashboard, and feedback files.';

/** For a file that is not readable JSON; `startsAsRecords` when it begins as a usage-records file does, so it was cut short. */
export function unreadableFileProblem(name: string, startsAsRecords: boolean): string {
  if (startsAsRecords) {
    return 'is a Coplan usage-records file that has been cut short: its end is missing, so none of it can be checked. This usually follows an interrupted download or copy; ask for it to be exported again.';
  }
  if (/\.csv$/i.test(name)) return `is a CSV file, for spreadsheets, which cannot be imported back. ${TAKES}`;
  return `is not readable JSON, so it is not a Coplan usage-records file. ${TAKES}`;
}

type Data = Record<string, unknown>;
const has = (data: Data, key: string) => Array.isArray(data[key]);

/** For readable JSON that is not a usage-records file: what it looks like, and where it goes. */
export function otherFileProblem(data: unknown): string {
  const d = (data && typeof data === 'object' ? data : {}) as Data;
  if (d.resourceType === 'Bundle') {
    const entries = Array.isArray(d.entry) ? (d.entry as { resource?: { resourceType?: unknown } }[]) : [];
    if (entries.some((e) => e?.resource?.resourceType === 'AuditEvent'))
      return `is the dashboard’s “FHIR AuditEvent bundle (JSON)” export, made for governance systems; it cannot be imported back. ${TAKES}`;
    return `is a FHIR bundle, such as the dashboard’s FHIR exports for governance systems; those cannot be imported back. ${TAKES}`;
  }
  if (typeof d.resourceType === 'string') return `is a FHIR ${d.resourceType}, not usage records. ${TAKES}`;
  if (has(d, 'scenarios')) return 'is a scenario pack for the demo EHR, not usage records. Import it on the demo EHR page, under “Trainer tools”.';
  if (has(d, 'services') || has(d, 'sections')) return 'is a Coplan content pack, not usage records. Import it on the Coplan settings page, under “Content packs”.';
  return `is not a Coplan usage-records file. ${TAKES}`;
}
