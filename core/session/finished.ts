/** A time of day as the clinician reads it on the ward clock: "14:05". */
export const clockTime = (at: number): string => new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * What finishing did, in one sentence (issue 18): when, and which EHR fields the summary went
 * into, or that it went into none, so a finished session is never mistaken for an inserted one.
 */
export function finishedMessage(finishedAt: number, insertedInto: readonly string[] | undefined): string {
  const fields = (insertedInto ?? []).map((label) => `'${label}'`);
  const where = fields.length === 0 ? 'nothing was inserted into the record' : `inserted into ${fields.length > 1 ? `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}` : fields[0]}`;
  return `Finished at ${clockTime(finishedAt)}; ${where}.`;
}
