/** The people the API's demo data creates (see apps/api/src/seed/demo-data.ts). */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export const DEMO = {
  admin: { email: 'beheer@voorbeeldstad.nl', name: 'Beheerder Voorbeeldstad' },
  lead: { email: 'sanne@voorbeeldstad.nl', name: 'Sanne de Vries' },
  moderator: { email: 'ahmed@ggd-regio.nl', name: 'Ahmed El Amrani' },
  contributor: { email: 'pieter@cbs.nl', name: 'Pieter Jansen' },
  housing: { email: 'fatima@woonstichting-thuis.nl', name: 'Fatima Yilmaz' },
  observer: { email: 'joost@voorbeeldstad.nl', name: 'Joost Bakker' },
} as const;

export type DemoUser = (typeof DEMO)[keyof typeof DEMO];

export const DEMO_PROJECT_TITLE = 'Schulden en armoede per wijk';
