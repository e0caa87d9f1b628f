export const nl = {
  title: 'Toegangstokens',
  intro:
    'Met een persoonlijk toegangstoken gebruiken scripts en andere systemen de Ketenlab-API namens u, met uw rechten. Trek een token in zodra u het niet meer nodig heeft.',
  create: {
    title: 'Nieuw token',
    name: 'Naam',
    nameDescription: 'Waarvoor gebruikt u het token? Bijvoorbeeld "Rapportagescript".',
    validity: 'Geldig',
    validities: {
      '30': '30 dagen',
      '90': '90 dagen',
      '365': '1 jaar',
      never: 'Zonder einddatum',
    },
    submit: 'Token aanmaken',
  },
  created: {
    title: 'Token “{{name}}” is aangemaakt',
    once: 'Kopieer het token nu en bewaar het veilig. U ziet het hierna nooit meer.',
    secret: 'Token',
  },
  list: {
    title: 'Uw tokens',
    caption: 'Uw persoonlijke toegangstokens',
    empty: 'U heeft geen actieve tokens.',
    name: 'Naam',
    created: 'Aangemaakt',
    lastUsed: 'Laatst gebruikt',
    expires: 'Verloopt',
    actions: 'Acties',
    neverUsed: 'Nog niet gebruikt',
    noExpiry: 'Nooit',
    revoke: 'Intrekken',
    revoked: 'Token “{{name}}” is ingetrokken en werkt niet meer.',
  },
} as const;
