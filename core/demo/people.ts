/** Fictional people for the demo EHR. Every detail is invented; any likeness is chance. */
export interface DemoPerson {
  id: string;
  name: string;
  born: string;
  nhsNumber: string;
  pronouns: string;
  language: string;
  summary: string;
  history: string[];
}

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    id: 'demo-jordan',
    name: 'Jordan Mensah-Clarke',
    born: '14 March 2001',
    nhsNumber: '999 000 0001 (fictional)',
    pronouns: 'he/him',
    language: 'English',
    summary:
      'Black British man, 25, living with his aunt. Two previous detentions under the Mental Health Act, both after police contact. Says services "only turn up when it is already a crisis".',
    history: [
      '2022: admitted under section 2 after police contact in a public place; restrained on the ward.',
      '2024: admitted under section 3; discharged to the community team.',
      '2026: referred by his GP after three weeks of poor sleep; agreed to meet the community team at home.',
    ],
  },
];
