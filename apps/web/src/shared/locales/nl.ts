/** Texts of the layout and the building blocks every feature shares. */
export const nl = {
  appName: 'Ketenlab',
  pageTitle: '{{title}} — Ketenlab',
  skipLink: 'Direct naar de inhoud',
  loading: 'Bezig met laden…',
  optional: '(niet verplicht)',
  header: {
    home: 'Ketenlab, naar de startpagina',
    tagline: 'Samen onderzoeksvragen beantwoorden',
  },
  nav: {
    label: 'Hoofdmenu',
    projects: 'Projecten',
    search: 'Zoeken',
    tokens: 'Toegangstokens',
    organisations: 'Organisaties',
    accounts: 'Accounts',
    signIn: 'Inloggen',
  },
  userMenu: {
    label: 'Uw account',
    signedInAs: 'Ingelogd als',
    signOut: 'Uitloggen',
  },
  language: {
    // Offered in the language it switches to, so that its speakers recognise it.
    switchTo: 'English',
  },
  footer: {
    label: 'Over Ketenlab',
    about:
      'Ketenlab is de werkplaats waar gemeenten en ketenpartners zoals CBS, GGD en woningcorporaties samen maatschappelijke vragen onderzoeken.',
    accessibility: 'Deze website streeft naar toegankelijkheid volgens WCAG 2.1 niveau AA.',
  },
  validation: {
    required: 'Vul {{field}} in.',
    minLength: '{{field}} moet minstens {{min}} tekens lang zijn.',
    email: 'Vul een e-mailadres in zoals naam@organisatie.nl.',
    colour: 'Vul een kleur in als # met zes tekens, bijvoorbeeld #01689b.',
    choose: 'Kies {{field}}.',
  },
  errorSummary: {
    title: 'Dit is nog niet gelukt',
  },
  errors: {
    UNAUTHENTICATED: 'U bent niet (meer) ingelogd. Log opnieuw in.',
    FORBIDDEN: 'U heeft hier geen toegang toe, of het bestaat niet.',
    NOT_FOUND: 'Dit is niet gevonden. Misschien is het verwijderd.',
    BAD_USER_INPUT: 'Een of meer gegevens kloppen niet. Controleer het formulier.',
    CONFLICT:
      'Dit kan niet, omdat het conflicteert met de huidige situatie. Laad de pagina opnieuw en probeer het nog eens.',
    RATE_LIMITED: 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
    RATE_LIMITED_seconds: 'Te veel pogingen. Probeer het over {{seconds}} seconden opnieuw.',
    NETWORK: 'Ketenlab is nu niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    INTERNAL: 'Er ging aan onze kant iets mis. Probeer het later opnieuw.',
  },
  // Texts for a refusal on one field, by error code and field name from the API.
  fieldErrors: {
    BAD_USER_INPUT: {
      email: 'Vul een geldig e-mailadres in.',
      password: 'Het wachtwoord moet 12 tot 256 tekens lang zijn.',
      name: 'Deze naam is te kort of te lang.',
      title: 'De titel moet 3 tot 200 tekens lang zijn.',
      goal: 'Vul het doel in, met maximaal 5000 tekens.',
      societalObjective: 'Het maatschappelijk doel mag maximaal 2000 tekens lang zijn.',
      colour: 'Vul een kleur in als # met zes tekens, bijvoorbeeld #01689b.',
      partnerOrganisationIds: 'Een of meer partnerorganisaties bestaan niet meer.',
      organisationId: 'Deze organisatie bestaat niet meer.',
      userId:
        'Dit kan niet voor deze persoon. Alleen actieve accounts van de eigen organisatie of een partnerorganisatie kunnen lid zijn.',
      id: 'U kunt uw eigen beheerrechten niet intrekken en uzelf niet deactiveren.',
      query: 'De zoekvraag is te lang.',
      token:
        'Deze uitnodigingslink is ongeldig, al gebruikt of verlopen. Vraag een beheerder om een nieuwe.',
      expiresInDays: 'Kies een geldigheid van 1 tot 366 dagen.',
    },
    CONFLICT: {
      email: 'Er bestaat al een account met dit e-mailadres.',
      name: 'Er bestaat al een organisatie met deze naam.',
      role: 'Een project heeft minstens één projectleider nodig. Maak eerst iemand anders projectleider.',
    },
  },
  queryError: {
    retry: 'Opnieuw proberen',
  },
  copy: {
    button: 'Kopiëren',
    copied: 'Gekopieerd naar het klembord.',
    failed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet (meer). Controleer het adres, of ga verder vanaf de startpagina.',
    home: 'Naar de startpagina',
  },
  forbidden: {
    title: 'Geen toegang',
    body: 'U heeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? Neem contact op met een beheerder.',
  },
} as const;
