import type { Framework } from '../framework/schema';
import type { Action, Communication, InterpreterKind, OptionChoice, Participants, Session } from '../session/schema';
import { longDate } from '../format/date-format';

// What a session would write into the record, item by item, so the person and the clinician can
// agree each one before it goes in (issue 14). Texts are plain lines for any EHR free-text box.
// What people said (own words, notes, reasons, carer's view, disagreements) goes in verbatim,
// never trimmed or normalised, so the record keeps their words. No bidi isolation marks around
// right-to-left text: some EHR text boxes show them as boxes.

/** One thing the summary would say, under a heading; the review step ticks each in or out. */
export interface RecordItem {
  /** Stable within a session: `prompt:<id>`, `action:<id>`, `option:<id>`, or a fixed name. */
  id: string;
  heading: string;
  text: string;
  /** From a prompt flagged sensitive: out of the record unless the person agreed. */
  sensitive: boolean;
}

/**
 * Declined topics are never named: a record read by family or another agency must not say what
 * the person chose not to talk about, nor what they said about it.
 */
export const DECLINED_LINE = "Some topics were not discussed, at the person's choice.";

export const NOT_DISCUSSED_HEADING = 'Not discussed';

/** Only statuses that say something was talked about become findings; "Not relevant" does not. */
const DISCUSSED_WORDS: Partial<Record<string, string>> = { explored: 'Explored', revisit: 'To revisit' };

const CHOICE_WORDS: Record<OptionChoice, string> = {
  preferred: 'preferred by the person',
  discussed: 'discussed',
  'not-suitable': 'not suitable',
};

const given = (text: string): boolean => text.trim() !== '';

/** " — text" when something was written, so empty notes leave no dangling dash. */
const dashed = (text: string): string => (given(text) ? ` — ${text}` : '');

/** Every item the session could write, in the order the summary writes them. */
export function recordItems(framework: Framework, session: Session): RecordItem[] {
  const { record } = session;
  const items: RecordItem[] = [];
  const add = (id: string, heading: string, text: string, sensitive = false) => items.push({ id, heading, text, sensitive });

  add('participants', 'Who took part', whoTookPart(record.participants));
  const communication = communicationLines(record.communication);
  if (communication) add('communication', 'Language and communication', communication);
  if (given(record.ownWords)) add('own-words', 'In their own words', `"${record.ownWords}"`);
  if (given(record.carerView)) add('carer-view', "Carer's view", record.carerView);

  const notDiscussed: string[] = [];
  let declined = false;
  for (const domain of framework.domains) {
    let discussed = false;
    for (const prompt of domain.prompts) {
      const state = session.prompts[prompt.id];
      const words = state && DISCUSSED_WORDS[state.status];
      if (state?.status === 'declined') declined = true;
      if (!words) continue;
      discussed = true;
      add(`prompt:${prompt.id}`, domain.title, `- ${words}: ${prompt.question}${dashed(state.note)}`, prompt.sensitive === true);
    }
    if (!discussed) notDiscussed.push(domain.title);
  }
  if (declined) add('declined', NOT_DISCUSSED_HEADING, DECLINED_LINE);
  // Semicolons, because domain titles themselves contain commas.
  if (notDiscussed.length > 0) add('not-discussed', NOT_DISCUSSED_HEADING, `Not covered in this conversation: ${notDiscussed.join('; ')}.`);

  for (const action of record.actions) {
    if (given(action.what) || given(action.who) || given(action.byWhen)) add(`action:${action.id}`, 'Agreed actions', actionLine(action));
  }
  for (const option of framework.leastRestrictiveOptions) {
    const state = record.options[option.id];
    if (state) add(`option:${option.id}`, 'Least restrictive options considered', `- ${option.label}: ${CHOICE_WORDS[state.choice]}${dashed(state.reason)}`);
  }
  if (given(record.disagreements)) add('disagreements', 'Where we see things differently', record.disagreements);
  return items;
}

const INTERPRETER_WORDS: Record<InterpreterKind, string> = {
  professional: 'in person',
  telephone: 'by telephone',
  video: 'by video',
  'family-friend': 'a family member or friend',
};

const NEED_WORDS = { yes: 'Interpreter needed.', no: 'No interpreter needed.' } as const;

/** Preferred language, interpreter need and communication support (AIS), when any was recorded. */
function communicationLines(communication: Communication): string {
  const lines: string[] = [];
  if (given(communication.preferredLanguage)) lines.push(`Preferred language: ${communication.preferredLanguage.trim()}.`);
  if (communication.interpreterNeeded !== 'not-asked') lines.push(NEED_WORDS[communication.interpreterNeeded]);
  if (given(communication.support)) lines.push(`Communication support needed: ${communication.support}`);
  return lines.join('\n');
}

/** "an interpreter (Urdu, by telephone)"; family or friends interpreting says so, with the reason. */
function interpreterWords(participants: Participants): string {
  const kind = participants.interpreterKind;
  const details = [participants.interpreterLanguage.trim(), kind && kind !== 'family-friend' ? INTERPRETER_WORDS[kind] : ''].filter(Boolean);
  const who = kind === 'family-friend' ? 'a family member or friend interpreting' : 'an interpreter';
  const reason = kind === 'family-friend' && given(participants.interpreterReason) ? ` because: ${participants.interpreterReason.trim()}` : '';
  return `${who}${details.length ? ` (${details.join(', ')})` : ''}${reason}`;
}

function whoTookPart(participants: Participants): string {
  const others: string[] = [];
  if (participants.interpreter) others.push(interpreterWords(participants));
  if (participants.advocate) others.push('an advocate');
  if (participants.carer) others.push('a carer');
  if (participants.nominatedPerson) others.push("the person's nominated person");
  if (others.length === 0) return 'The person and the clinician.';
  const last = others.slice(-1).join('');
  const list = others.length > 1 ? `${others.slice(0, -1).join(', ')} and ${last}` : last;
  return `The person and the clinician, with ${list}.`;
}

/** A date from the picker ("2026-12-09") as the record reads it ("9 December 2026"); other text as written. */
function byWhenWords(byWhen: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(byWhen);
  return match ? longDate(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : byWhen;
}

/** "- what (who: …; by: …)"; short form fields, so stray spaces are trimmed. */
function actionLine(action: Action): string {
  const what = action.what.trim();
  const details: string[] = [];
  if (given(action.who)) details.push(`who: ${action.who.trim()}`);
  if (given(action.byWhen)) details.push(`by: ${byWhenWords(action.byWhen.trim())}`);
  const detail = details.join('; ');
  return `- ${what && detail ? `${what} (${detail})` : what || detail}`;
}
