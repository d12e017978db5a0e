import type { Framework } from '../framework/schema';
import type { Session } from '../session/schema';
import { recordItems, type RecordItem } from './items';
import { DEFAULT_CHOICES, isIncluded, READ_BACK_LINE, type ReviewChoices } from './review';

// Plain text for any EHR free-text box: headings are bare lines, lists use "- ", sections are
// separated by a blank line. What goes in is decided item by item in core/summary/items.ts and
// the review step (core/summary/review.ts).

// Built once: making a formatter costs more than writing the rest of the summary.
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export interface SummaryOptions {
  date?: Date;
  /** Without choices, sensitive items stay out: nothing sensitive is written unless agreed. */
  choices?: ReviewChoices;
  /** The items, when the caller has built them already (the review step shows the same ones). */
  items?: RecordItem[];
}

/**
 * The session as plain text for the person's record. The date defaults to when the session was
 * finished (or last changed), so a summary made later still carries the discussion's date.
 * The session label is left out: it is only the clinician's way of finding the draft.
 */
export function generateSummary(framework: Framework, session: Session, options: SummaryOptions = {}): string {
  const choices = options.choices ?? DEFAULT_CHOICES;
  const date = options.date ?? new Date(session.finishedAt ?? session.updatedAt);
  const title = `Co-produced care plan discussion on ${DATE.format(date)}`;
  // A practice summary pasted into a real record must say what it is (hazard: training mistaken for real).
  const sections: string[] = [session.training ? `TRAINING EXERCISE: fictional person, not a clinical record.\n${title}` : title];

  let heading = '';
  for (const item of options.items ?? recordItems(framework, session)) {
    if (!isIncluded(item, choices)) continue;
    if (item.heading === heading) sections[sections.length - 1] += `\n${item.text}`;
    else sections.push(`${item.heading}\n${item.text}`);
    heading = item.heading;
  }
  if (choices.readBack) sections.push(READ_BACK_LINE);

  sections.push(
    `Framework: ${framework.name} version ${framework.version}. Written with Coplan; the person's words are quoted as given.`,
  );
  return sections.join('\n\n');
}
