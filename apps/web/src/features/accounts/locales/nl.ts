export const nl = {
  title: 'Accounts',
  intro:
    'Nodig mensen uit, geef ze een nieuwe uitnodigingslink als de oude is verlopen, en zet accounts aan of uit.',
  fields: {
    name: 'Naam',
    email: 'E-mailadres',
    organisation: 'Organisatie',
    isAdmin: 'Beheerder van Ketenlab',
  },
  invite: {
    title: 'Iemand uitnodigen',
    chooseOrganisation: 'Kies een organisatie',
    isAdminDescription: 'Beheerders beheren organisaties en accounts.',
    submit: 'Uitnodigen',
  },
  invitation: {
    title: 'Uitnodigingslink voor {{name}}',
    handOver: 'Geef deze link aan {{name}}. Hij werkt één keer, tot {{until}}.',
    mailed: 'De link is per e-mail naar {{name}} gestuurd. Hij werkt één keer, tot {{until}}.',
    link: 'Uitnodigingslink',
  },
  status: {
    active: 'Actief',
    invited: 'Uitgenodigd',
    deactivated: 'Gedeactiveerd',
  },
  list: {
    title: 'Alle accounts',
    caption: 'Alle accounts',
    status: 'Status',
    admin: 'Beheerder',
    actions: 'Acties',
    yes: 'Ja',
    no: 'Nee',
  },
  actions: {
    reissue: 'Nieuwe link',
    makeAdmin: 'Beheerder maken',
    revokeAdmin: 'Beheerrechten intrekken',
    deactivate: 'Deactiveren',
    reactivate: 'Heractiveren',
    reissued: 'Er is een nieuwe uitnodigingslink voor {{name}}; oudere links werken niet meer.',
    adminGranted: '{{name}} is nu beheerder.',
    adminRevoked: '{{name}} is geen beheerder meer.',
    deactivated: '{{name}} is gedeactiveerd en kan niet meer inloggen.',
    reactivated: '{{name}} is weer actief.',
  },
} as const;
