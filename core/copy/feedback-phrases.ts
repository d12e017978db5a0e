/**
 * The fixed words of the person's feedback page (issue 16), in English: the base a language pack's
 * optional `feedback` block translates key for key, as `phrases` does for the person's copy. The
 * statements themselves come from the framework or a trust pack and are translated by id.
 */
export const ENGLISH_FEEDBACK_PHRASES = {
  language: 'Language',
  heading: 'How did today’s conversation feel?',
  intro: 'This is for you. Your answers are anonymous: they are not linked to your name, your records or the staff you spoke with, and are only ever counted together with other people’s. Every question is optional.',
  introCarer: 'This is for you as a carer, family member or friend. Your answers are anonymous: they are not linked to your name, your records or the staff you spoke with, and are only ever counted together with other people’s. Every question is optional.',
  whoLegend: 'Who is giving this feedback?',
  whoPerson: 'I am the person receiving care',
  whoCarer: 'I am a carer, family member or friend',
  stronglyAgree: 'Strongly agree',
  agree: 'Agree',
  neither: 'Neither agree nor disagree',
  disagree: 'Disagree',
  stronglyDisagree: 'Strongly disagree',
  preferNot: 'Prefer not to say',
  send: 'Send feedback',
  failed: 'Your feedback could not be saved. Please tell a member of staff, or try again.',
  thanksHeading: 'Thank you',
  thanksText: 'Your feedback has been sent. It is not linked to your name or your records.',
  handBack: 'You can hand the screen back now.',
  someoneElse: 'Give feedback as someone else',
} as const;

export type FeedbackPhraseKey = keyof typeof ENGLISH_FEEDBACK_PHRASES;
export type FeedbackPhrases = Record<FeedbackPhraseKey, string>;
export const FEEDBACK_PHRASE_KEYS = Object.keys(ENGLISH_FEEDBACK_PHRASES) as FeedbackPhraseKey[];
