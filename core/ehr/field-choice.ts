// Which of a page's fields each part of the summary goes into when no profile or earlier choice
// says (issue #18): the clinician should find the care-plan box chosen, never a one-line "Code:".
import type { FieldInfo } from '../messages';

/** The parts of a summary that can go into fields of their own. */
export type SummaryPart = 'summary' | 'crisis' | 'actions';

/** Label words per part, best first: a field whose label holds an earlier word wins. */
const WORDS: Record<SummaryPart, RegExp[]> = {
  summary: [/care[\s-]*plan/i, /\bplan\b/i, /\bdescription\b/i, /\bnotes?\b/i],
  crisis: [/\bcrisis\b/i, /contingency|relapse/i],
  actions: [/\bactions?\b/i, /next steps|to do/i],
};

export const isMultiLine = (field: Pick<FieldInfo, 'kind'>): boolean => field.kind !== 'input';

/**
 * The multi-line field whose label best fits the part, or undefined when none fits by label. A
 * doubtful field (added after Coplan opened, or partly covered) is never chosen for the clinician:
 * a hostile page could slip a decoy in first (issue 17).
 */
export function fieldByLabel(fields: FieldInfo[], part: SummaryPart, except: string[] = []): string | undefined {
  const candidates = fields.filter((f) => isMultiLine(f) && !f.doubtful && !except.includes(f.id));
  for (const word of WORDS[part]) {
    // The summary's care-plan field must not be a crisis plan ("Crisis plan" holds "plan").
    const found = candidates.find((f) => word.test(f.label) && (part !== 'summary' || !WORDS.crisis[0]!.test(f.label)));
    if (found) return found.id;
  }
  return undefined;
}

/**
 * The field the summary goes into by default: by label, else the first multi-line field, else the
 * first; never a doubtful one (issue 17), which the clinician may still choose.
 */
export function defaultSummaryField(fields: FieldInfo[]): string {
  const plain = fields.filter((f) => !f.doubtful);
  return fieldByLabel(plain, 'summary') ?? plain.find(isMultiLine)?.id ?? plain[0]?.id ?? '';
}
