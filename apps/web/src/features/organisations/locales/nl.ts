export const nl = {
  title: 'Organisaties',
  intro:
    'De gemeente en haar ketenpartners. Iedere gebruiker hoort bij één organisatie; projecten hebben een eigenaar en partners.',
  created: 'Organisatie “{{name}}” is toegevoegd.',
  saved: 'Organisatie “{{name}}” is opgeslagen.',
  kind: {
    municipality: 'Gemeente',
    partner: 'Ketenpartner',
  },
  fields: {
    name: 'Naam',
    kind: 'Soort',
    colour: 'Kleur',
    colourDescription:
      'Herkenningskleur van de organisatie, als # met zes tekens, bijvoorbeeld #01689b.',
  },
  create: {
    title: 'Nieuwe organisatie',
    submit: 'Organisatie toevoegen',
  },
  edit: {
    title: '{{name}} bewerken',
    submit: 'Opslaan',
    cancel: 'Annuleren',
  },
  list: {
    title: 'Alle organisaties',
    caption: 'Alle organisaties',
    created: 'Toegevoegd',
    actions: 'Acties',
    edit: 'Bewerken',
  },
} as const;
