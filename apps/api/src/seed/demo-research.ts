import type { ExpectedDirection, HypothesisStatus } from '@ketenlab/domain';

/**
 * The research the demo project starts with: one question and hypotheses in several states, so
 * the hypothesis board is not empty on a first start. People and organisations are keys of
 * demo-data.ts. Each hypothesis's `moves` replay its history after the proposal.
 */
export interface DemoMove {
  to: HypothesisStatus;
  by: string;
  rationale: string;
  sources?: Array<{ url: string; title: string }>;
}

export interface DemoHypothesis {
  statement: string;
  rationale: string;
  expectedDirection: ExpectedDirection | null;
  owner: string;
  partners: string[];
  tags: string[];
  /** How long ago it was proposed; each move follows a day later. */
  daysAgo: number;
  moves: DemoMove[];
}

export const DEMO_RESEARCH: {
  project: string;
  question: string;
  hypotheses: DemoHypothesis[];
} = {
  project: 'Schulden en armoede per wijk',
  question: 'In welke wijken raken huishoudens het snelst in problematische schulden, en waarom?',
  hypotheses: [
    {
      statement:
        'Huishoudens met een huurachterstand van twee maanden of meer komen binnen een jaar vaker bij de schuldhulp.',
      rationale:
        'Huurachterstand is een van de vroegste signalen die de corporatie ziet; vaak volgen zorgpremie en energie.',
      expectedDirection: 'increase',
      owner: 'fatima@woonstichting-thuis.nl',
      partners: ['woon', 'gemeente'],
      tags: ['huur', 'vroegsignalering'],
      daysAgo: 12,
      moves: [{ to: 'under_investigation', by: 'fatima@woonstichting-thuis.nl', rationale: '' }],
    },
    {
      statement:
        'In wijken met veel flexwerk stijgt het aandeel huishoudens met problematische schulden sneller dan gemiddeld.',
      rationale: 'Wisselend inkomen maakt vaste lasten lastig te plannen.',
      expectedDirection: 'increase',
      owner: 'pieter@cbs.nl',
      partners: ['cbs'],
      tags: ['werk', 'inkomen'],
      daysAgo: 9,
      moves: [],
    },
    {
      statement:
        'Een gesprek binnen zes weken na het eerste signaal verkort de tijd tot passende hulp.',
      rationale: 'Wie vroeg in gesprek komt, heeft nog minder schuldeisers en minder stress.',
      expectedDirection: 'decrease',
      owner: 'sanne@voorbeeldstad.nl',
      partners: ['gemeente', 'ggd'],
      tags: ['vroegsignalering'],
      daysAgo: 20,
      moves: [
        { to: 'under_investigation', by: 'sanne@voorbeeldstad.nl', rationale: '' },
        {
          to: 'supported',
          by: 'sanne@voorbeeldstad.nl',
          rationale:
            'In de proefwijk (demogegevens) kwamen huishoudens die binnen zes weken gesproken werden gemiddeld eerder bij passende hulp. De wet verplicht gemeenten sinds 2021 om op vroege signalen af te gaan.',
          sources: [
            {
              url: 'https://wetten.overheid.nl/BWBR0031664',
              title: 'Wet gemeentelijke schuldhulpverlening',
            },
          ],
        },
      ],
    },
    {
      statement: 'Jongeren tussen 18 en 23 jaar hebben vaker schulden bij de zorgverzekeraar.',
      rationale: 'Bij 18 jaar begint de eigen zorgverzekering, vaak zonder toeslag aan te vragen.',
      expectedDirection: 'increase',
      owner: 'ahmed@ggd-regio.nl',
      partners: ['ggd', 'cbs'],
      tags: ['jongeren', 'zorgpremie'],
      daysAgo: 6,
      moves: [],
    },
    {
      statement: 'Het aantal aanmeldingen bij de schuldhulp hangt samen met de energieprijs.',
      rationale: 'Hoge energierekeningen in 2022 en 2023.',
      expectedDirection: 'increase',
      owner: 'pieter@cbs.nl',
      partners: ['cbs'],
      tags: ['energie'],
      daysAgo: 15,
      moves: [
        {
          to: 'withdrawn',
          by: 'pieter@cbs.nl',
          rationale:
            'Valt buiten de vraag per wijk: de energieprijs is voor alle wijken gelijk. Opgenomen in een andere hypothese.',
        },
      ],
    },
  ],
};
