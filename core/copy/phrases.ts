/**
 * The fixed words of the person's copy ("My plan"), in English: the base every language pack
 * translates key for key (issue 14). Written to the person, in the second person and plain
 * English; nothing here is for the clinician. `{date}` is filled in with the date of the session.
 */
export const ENGLISH_PHRASES = {
  title: 'My plan',
  intro: 'This is your copy of the plan we made together on {date}. It is yours to keep.',
  whatMattersHeading: 'What matters to you',
  whatMattersIntro: 'In your own words:',
  actionsHeading: 'What we agreed to do',
  actionWho: 'Who',
  actionWhen: 'By when',
  noActions: 'No actions were written down this time.',
  crisisHeading: 'Your crisis plan',
  crisisIntro: 'If things get very hard, this is what you told us you would prefer:',
  crisisNotChosen: 'Nothing was chosen this time. You can add to your crisis plan at any time.',
  crisisContacts: 'Who you can contact in a crisis:',
  servicesHeading: 'Services for you',
  noServices: 'No services were chosen this time.',
  contactPhone: 'Phone',
  contactEmail: 'Email',
  contactWebsite: 'Website',
  openingHours: 'When',
  rightsHeading: 'Your rights',
  rightInterpreter: 'You can ask for a trained interpreter, free of charge, at any appointment.',
  rightAdvocate: 'You can have an independent advocate: someone who is not part of your care team and who helps you have your say.',
  rightRecords: 'You can ask to see what is written about you in your records.',
  rightChange: 'You can ask to change this plan at any time, and you can complain if you are unhappy with your care.',
  advocateHeading: 'How to get an advocate',
  advocateText: 'Ask anyone in your care team to put you in touch with an advocate, or contact an advocacy service yourself:',
} as const;

export type PhraseKey = keyof typeof ENGLISH_PHRASES;
export type Phrases = Record<PhraseKey, string>;

export const PHRASE_KEYS = Object.keys(ENGLISH_PHRASES) as PhraseKey[];
