import type { Framework } from '../framework/schema';
import type { Action, OptionChoice, Participants, Session } from '../session/schema';
import type { Status } from '../session/statuses';

// Plain text for any EHR free-text box: headings are bare lines, lists use "- ", sections are
// separated by a blank line. What people said (own words, notes, reasons, carer's view,
// disagreements) goes in verbatim, never trimmed or normalised, so the record keeps their words.
// No bidi isolation marks around right-to-left text: some EHR text boxes show them as boxes.

/** Sentence words for the record; the buttons' short labels (STATUS_LABELS) read badly here. */
const STATUS_WORDS: Record<Exclude<Status, 'open'>, string> = {
  explored: 'Explored',
  'not-relevant': 'Not relevant',
  declined: 'Person declined to discuss',
  revisit: 'To revisit',
};

const CHOICE_WORDS: Record<OptionChoice, string> = {
  preferred: 'preferred by the person',
  discussed: 'discussed',
  'not-suitable': 'not suitable',
};

// Built once: making a formatter costs more than writing the rest of the summary.
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

const given = (text: string): boolean => text.trim() !== '';

/** " — text" when something was written, so empty notes leave no dangling dash. */
const dashed = (text: string): string => (given(text) ? ` — ${text}` : '');

/**
 * The session as plain text for the person's record. The date defaults to when the session was
 * finished (or last changed), so a summary made later still carries the discussion's date.
 * The session label is left out: it is only the clinician's way of finding the draft.
 */
export function generateSummary(framework: Framework, session: Session, options: { date?: Date } = {}): string {
  const { record } = session;
  const date = options.date ?? new Date(session.finishedAt ?? session.updatedAt);
  const title = `Co-produced care plan discussion on ${DATE.format(date)}`;
  // A practice summary pasted into a real record must say what it is (hazard: training mistaken for real).
  const sections: string[] = [session.training ? `TRAINING EXERCISE: fictional person, not a clinical record.\n${title}` : title];
  const add = (heading: string, lines: string[]) => {
    if (lines.length > 0) sections.push(`${heading}\n${lines.join('\n')}`);
  };

  add('Who took part', [whoTookPart(record.participants)]);
  if (given(record.ownWords)) add('In their own words', [`"${record.ownWords}"`]);
  if (given(record.carerView)) add("Carer's view", [record.carerView]);

  const notDiscussed: string[] = [];
  for (const domain of framework.domains) {
    const lines: string[] = [];
    for (const prompt of domain.prompts) {
      const state = session.prompts[prompt.id];
      if (state && state.status !== 'open') lines.push(`- ${STATUS_WORDS[state.status]}: ${prompt.question}${dashed(state.note)}`);
    }
    if (lines.length > 0) add(domain.title, lines);
    else notDiscussed.push(domain.title);
  }
  // Semicolons, because domain titles themselves contain commas.
  if (notDiscussed.length > 0) add('Domains not discussed', [`${notDiscussed.join('; ')}.`]);

  add('Agreed actions', record.actions.filter((a) => given(a.what) || given(a.who) || given(a.byWhen)).map(actionLine));

  const optionLines: string[] = [];
  for (const option of framework.leastRestrictiveOptions) {
    const state = record.options[option.id];
    if (state) optionLines.push(`- ${option.label}: ${CHOICE_WORDS[state.choice]}${dashed(state.reason)}`);
  }
  add('Least restrictive options considered', optionLines);

  if (given(record.disagreements)) add('Where we see things differently', [record.disagreements]);

  sections.push(
    `Framework: ${framework.name} version ${framework.version}. Written with Coplan; the person's words are quoted as given.`,
  );
  return sections.join('\n\n');
}

function whoTookPart(participants: Participants): string {
  const others: string[] = [];
  if (participants.interpreter) {
    const language = participants.interpreterLanguage.trim();
    others.push(language ? `an interpreter (${language})` : 'an interpreter');
  }
  if (participants.advocate) others.push('an advocate');
  if (participants.carer) others.push('a carer');
  if (participants.nominatedPerson) others.push("the person's nominated person");
  if (others.length === 0) return 'The person and the clinician.';
  const last = others.slice(-1).join('');
  const list = others.length > 1 ? `${others.slice(0, -1).join(', ')} and ${last}` : last;
  return `The person and the clinician, with ${list}.`;
}

/** "- what (who: …; by: …)"; short form fields, so stray spaces are trimmed. */
function actionLine(action: Action): string {
  const what = action.what.trim();
  const details: string[] = [];
  if (given(action.who)) details.push(`who: ${action.who.trim()}`);
  if (given(action.byWhen)) details.push(`by: ${action.byWhen.trim()}`);
  const detail = details.join('; ');
  return `- ${what && detail ? `${what} (${detail})` : what || detail}`;
}
