export const nl = {
  phase: {
    idea: 'Idee',
    exploration: 'Verkenning',
    pilot: 'Pilot',
    scaling: 'Opschaling',
    closed: 'Afgesloten',
  },
  visibility: {
    private: 'Besloten',
    partners: 'Partners',
    public: 'Openbaar',
  },
  relation: {
    lead: 'Projectleider',
    moderator: 'Moderator',
    contributor: 'Bijdrager',
    observer: 'Meelezer',
    visitor: 'Bezoeker',
    outsider: 'Geen toegang',
  },
  fields: {
    title: 'Titel',
    goal: 'Doel',
    goalDescription: 'Wat wilt u weten of bereiken, en waarom?',
    societalObjective: 'Maatschappelijk doel',
    societalObjectiveDescription:
      'Welke verandering in de samenleving moet dit project mogelijk maken?',
    phase: 'Fase',
    visibility: 'Zichtbaarheid',
    visibilityDescription:
      'Besloten: alleen leden. Partners: ook medewerkers van uw organisatie en de partnerorganisaties. Openbaar: iedereen die inlogt, en het openbare register.',
    partners: 'Partnerorganisaties',
    partnersDescription: 'Medewerkers van partnerorganisaties kunnen lid worden van het project.',
  },
  list: {
    title: 'Projecten',
    intro:
      'Dataprojecten waarin uw organisatie samen met ketenpartners een maatschappelijke vraag onderzoekt.',
    heading: 'Projecten die u kunt zien',
    empty: 'Er zijn nog geen projecten die u kunt zien.',
    yourRole: 'Uw rol',
    organisations: 'Organisaties',
  },
  create: {
    title: 'Nieuw project',
    intro: 'Een nieuw project komt op naam van {{organisation}}; u wordt er projectleider van.',
    open: 'Nieuw project starten',
    submit: 'Project aanmaken',
    cancel: 'Annuleren',
  },
  overview: {
    title: 'Project',
    about: 'Over dit project',
    owner: 'Eigenaar',
    yourRole: 'Uw rol',
    noObjective: 'Nog niet beschreven.',
    noPartners: 'Geen partnerorganisaties.',
    created: 'Gestart op',
    updated: 'laatst gewijzigd op',
    settings: 'Instellingen en leden',
    unavailableTitle: 'Project niet beschikbaar',
    unavailable:
      'Dit project bestaat niet, of u heeft er geen toegang toe. Vraag de projectleider om u toe te voegen.',
  },
  members: {
    title: 'Leden',
    caption: 'Leden van dit project en hun rol',
    name: 'Naam',
    organisation: 'Organisatie',
    role: 'Rol',
  },
  activity: {
    title: 'Recente activiteit',
    empty: 'Nog geen activiteit.',
    system: 'Ketenlab',
    someone: 'iemand',
    refused: '(geweigerd)',
    actions: {
      created: '{{actor}} heeft het project aangemaakt.',
      updated: '{{actor}} heeft de projectgegevens gewijzigd.',
      memberAdded: '{{actor}} heeft {{person}} toegevoegd als lid.',
      memberRoleChanged: '{{actor}} heeft de rol van {{person}} gewijzigd.',
      memberRemoved: '{{actor}} heeft {{person}} uit het project verwijderd.',
      questionCreated: '{{actor}} heeft een onderzoeksvraag toegevoegd.',
      questionRenamed: '{{actor}} heeft een onderzoeksvraag hernoemd.',
      questionStatusChanged: '{{actor}} heeft de status van een onderzoeksvraag gewijzigd.',
      questionDeleted: '{{actor}} heeft een onderzoeksvraag verwijderd.',
      questionVersionSaved: '{{actor}} heeft een versie van een onderzoeksvraag bewaard.',
      questionVersionRestored: '{{actor}} heeft een versie van een onderzoeksvraag teruggezet.',
      registrationRequested:
        '{{actor}} heeft gevraagd een onderzoeksvraag met haar hypothesen te registreren.',
      registrationSignedOff:
        '{{actor}} heeft getekend voor de registratie van een onderzoeksvraag.',
      registrationChangesRequested:
        'De registratie van een onderzoeksvraag is gesloten: er zijn wijzigingen gevraagd.',
      questionRegistered:
        'Een onderzoeksvraag is geregistreerd: alle organisaties hebben getekend.',
      other: '{{actor}}: {{action}}',
    },
  },
} as const;
