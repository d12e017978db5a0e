import type { Framework } from '../framework/schema';
import type { Session } from '../session/schema';
import { recordItems, type RecordItem } from './items';
import { DEFAULT_CHOICES, isIncluded, READ_BACK_LINE, type ReviewChoices } from './review';
import { longDate } from '../format/date-format';

// Plain text for any EHR free-text box: headings are bare lines, lists use "- ", sections are
// separated by a blank line. What goes in is decided item by item in core/summary/items.ts and
// the review step (core/summary/review.ts).

/** Parts of the summary the clinician may map to EHR fields of their own (issue #18). */
export type SeparablePartId = 'crisis' | 'actions';
export type SeparateParts = Partial<Record<SeparablePartId, boolean>>;

/** The domain whose prompts, with the least restrictive options, make up the crisis plan. */
export const CRISIS_DOMAIN_ID = 'least-restrictive';

export interface SummaryOptions {
  date?: Date;
  /** Without choices, sensitive items stay out: nothing sensitive is written unless agreed. */
  choices?: ReviewChoices;
  /** The items, when the caller has built them already (the review step shows the same ones). */
  items?: RecordItem[];
  /** Parts that go into fields of their own: left out here, and the summary says where they are. */
  separate?: SeparateParts;
}

/** Which separable part an item belongs to, if any. */
function partOf(framework: Framework, item: RecordItem): SeparablePartId | undefined {
  if (item.id.startsWith('action:')) return 'actions';
  if (item.id.startsWith('option:')) return 'crisis';
  const crisis = framework.domains.find((d) => d.id === CRISIS_DOMAIN_ID);
  return crisis && item.id.startsWith('prompt:') && crisis.prompts.some((p) => item.id === `prompt:${p.id}`) ? 'crisis' : undefined;
}

function title(session: Session, what: string, date: Date | undefined): string {
  const line = `${what} on ${longDate(date ?? new Date(session.finishedAt ?? session.updatedAt))}`;
  // A practice summary pasted into a real record must say what it is (hazard: training mistaken for real).
  return session.training ? `TRAINING EXERCISE: fictional person, not a clinical record.\n${line}` : line;
}

/** Items under their headings, one section per heading run. */
function sections(items: RecordItem[]): string[] {
  const out: string[] = [];
  let heading = '';
  for (const item of items) {
    if (item.heading === heading) out[out.length - 1] += `\n${item.text}`;
    else out.push(`${item.heading}\n${item.text}`);
    heading = item.heading;
  }
  return out;
}

const included = (framework: Framework, session: Session, options: SummaryOptions) => {
  const choices = options.choices ?? DEFAULT_CHOICES;
  return (options.items ?? recordItems(framework, session)).filter((item) => isIncluded(item, choices));
};

/** The items of one part that would go into the record; none means the part is never split off. */
export function partItems(framework: Framework, session: Session, part: SeparablePartId, options: SummaryOptions = {}): RecordItem[] {
  return included(framework, session, options).filter((item) => partOf(framework, item) === part);
}

const PART_TITLES: Record<SeparablePartId, string> = {
  crisis: 'Crisis plan from the co-produced care plan discussion',
  actions: 'Agreed actions from the co-produced care plan discussion',
};

/** One part on its own, for its own EHR field: dated, and marked when it is training. */
export function partText(framework: Framework, session: Session, part: SeparablePartId, options: SummaryOptions = {}): string {
  return [title(session, PART_TITLES[part], options.date), ...sections(partItems(framework, session, part, options))].join('\n\n');
}

/**
 * The session as plain text for the person's record. The date defaults to when the session was
 * finished (or last changed), so a summary made later still carries the discussion's date.
 * The session label is left out: it is only the clinician's way of finding the draft.
 */
export function generateSummary(framework: Framework, session: Session, options: SummaryOptions = {}): string {
  const choices = options.choices ?? DEFAULT_CHOICES;
  const separate = options.separate ?? {};
  const items = included(framework, session, options).filter((item) => {
    const part = partOf(framework, item);
    return !part || !separate[part];
  });
  const out = [title(session, 'Co-produced care plan discussion', options.date), ...sections(items)];
  const elsewhere = [separate.crisis && '- Crisis plan', separate.actions && '- Agreed actions'].filter((line) => typeof line === 'string');
  if (elsewhere.length > 0) out.push(`In other fields of this record\n${elsewhere.join('\n')}`);
  if (choices.readBack) out.push(READ_BACK_LINE);

  out.push(`Framework: ${framework.name} version ${framework.version}. Written with Coplan; the person's words are quoted as given.`);
  return out.join('\n\n');
}
