import type {
  OrganisationKind,
  ProjectPhase,
  ProjectRole,
  ProjectVisibility,
} from '@ketenlab/domain';

/** What a first start shows: a municipality, three chain partners, people in every role. */
export const DEMO_SIGN_INS = {
  password: 'demo-wachtwoord',
  people: [
    { email: 'beheer@voorbeeldstad.nl', description: 'administrator (Gemeente Voorbeeldstad)' },
    { email: 'sanne@voorbeeldstad.nl', description: 'project lead (Gemeente Voorbeeldstad)' },
    { email: 'ahmed@ggd-regio.nl', description: 'moderator (GGD regio Voorbeeldland)' },
    { email: 'pieter@cbs.nl', description: 'contributor (CBS)' },
    { email: 'fatima@woonstichting-thuis.nl', description: 'contributor (Woonstichting Thuis)' },
    { email: 'joost@voorbeeldstad.nl', description: 'observer (Gemeente Voorbeeldstad)' },
  ],
} as const;

export const DEMO_ORGANISATIONS: Array<{
  key: string;
  name: string;
  kind: OrganisationKind;
  colour: string;
}> = [
  { key: 'gemeente', name: 'Gemeente Voorbeeldstad', kind: 'municipality', colour: '#01689b' },
  { key: 'cbs', name: 'CBS', kind: 'partner', colour: '#00a1cd' },
  { key: 'ggd', name: 'GGD regio Voorbeeldland', kind: 'partner', colour: '#a90061' },
  { key: 'woon', name: 'Woonstichting Thuis', kind: 'partner', colour: '#39870c' },
];

export const DEMO_PEOPLE: Array<{
  email: string;
  name: string;
  organisation: string;
  isAdmin?: boolean;
}> = [
  {
    email: 'beheer@voorbeeldstad.nl',
    name: 'Beheerder Voorbeeldstad',
    organisation: 'gemeente',
    isAdmin: true,
  },
  { email: 'sanne@voorbeeldstad.nl', name: 'Sanne de Vries', organisation: 'gemeente' },
  { email: 'ahmed@ggd-regio.nl', name: 'Ahmed El Amrani', organisation: 'ggd' },
  { email: 'pieter@cbs.nl', name: 'Pieter Jansen', organisation: 'cbs' },
  { email: 'fatima@woonstichting-thuis.nl', name: 'Fatima Yilmaz', organisation: 'woon' },
  { email: 'joost@voorbeeldstad.nl', name: 'Joost Bakker', organisation: 'gemeente' },
];

export const DEMO_PROJECTS: Array<{
  title: string;
  goal: string;
  societalObjective: string;
  phase: ProjectPhase;
  visibility: ProjectVisibility;
  partners: string[];
  members: Array<[email: string, role: ProjectRole]>;
}> = [
  {
    title: 'Schulden en armoede per wijk',
    goal:
      'We willen weten in welke wijken huishoudens het snelst in problematische schulden raken, ' +
      'zodat schuldhulp en vroegsignalering (huurachterstand, zorgpremie, energie) eerder en gerichter ' +
      'kunnen worden ingezet. Nu komen mensen gemiddeld pas na vijf jaar in beeld.',
    societalObjective:
      'Minder huishoudens met problematische schulden in Voorbeeldstad in 2028, en een kortere tijd ' +
      'tussen het eerste signaal en passende hulp.',
    phase: 'exploration',
    visibility: 'partners',
    partners: ['cbs', 'ggd', 'woon'],
    members: [
      ['sanne@voorbeeldstad.nl', 'lead'],
      ['ahmed@ggd-regio.nl', 'moderator'],
      ['pieter@cbs.nl', 'contributor'],
      ['fatima@woonstichting-thuis.nl', 'contributor'],
      ['joost@voorbeeldstad.nl', 'observer'],
    ],
  },
  {
    title: 'Eenzaamheid onder ouderen in Noord',
    goal:
      'Begrijpen welke ouderen in stadsdeel Noord ernstig eenzaam zijn en welke voorzieningen ' +
      '(buurthuizen, vervoer, mantelzorg) het verschil maken, op basis van de GGD Gezondheidsmonitor.',
    societalObjective:
      'Het aandeel ernstig eenzame 75-plussers in Noord daalt onder het stedelijk gemiddelde.',
    phase: 'idea',
    visibility: 'public',
    partners: ['ggd'],
    members: [
      ['ahmed@ggd-regio.nl', 'lead'],
      ['sanne@voorbeeldstad.nl', 'contributor'],
    ],
  },
];
